import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { CREDENTIAL_RULES } from './credential.js';

describeRuleSamples(CREDENTIAL_RULES);
