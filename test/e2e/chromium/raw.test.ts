import { rawScenarios } from '../scenarios/raw';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'The raw JSON viewer', rawScenarios);
