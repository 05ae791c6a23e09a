import { cardScenarios } from '../scenarios/card';
import { browserSuite } from '../support/suite';

browserSuite('firefox', 'The call card', cardScenarios);
