import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { IDENTITY_RULES } from './identity.js';

describeRuleSamples(IDENTITY_RULES);
