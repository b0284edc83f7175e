import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { PRIVATE_URL_RULES } from './private-url.js';

describeRuleSamples(PRIVATE_URL_RULES);
