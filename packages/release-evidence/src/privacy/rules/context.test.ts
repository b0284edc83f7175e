import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { CONTEXT_CREDENTIAL_RULES } from './context.js';

describeRuleSamples(CONTEXT_CREDENTIAL_RULES);
