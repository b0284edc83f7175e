import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { SAAS_RULES } from './saas.js';

describeRuleSamples(SAAS_RULES);
