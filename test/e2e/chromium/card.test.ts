import { cardScenarios } from '../scenarios/card';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'The call card', cardScenarios);
