import { signatureScenarios } from '../scenarios/signatures';
import { browserSuite } from '../support/suite';

browserSuite('firefox', 'Signature check and Send to…', signatureScenarios);
