import { signatureScenarios } from '../scenarios/signatures';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'Signature check and Send to…', signatureScenarios);
