import { rawScenarios } from '../scenarios/raw';
import { browserSuite } from '../support/suite';

browserSuite('firefox', 'The raw JSON viewer', rawScenarios);
