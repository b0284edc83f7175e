import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { PROVIDER_RULES } from './provider.js';

describeRuleSamples(PROVIDER_RULES);
