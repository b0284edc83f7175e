import { describeRuleSamples } from '../../../test/privacy/rule-samples.js';
import { MEDIA_RULES } from './media.js';

describeRuleSamples(MEDIA_RULES);
