import { elevenlabs } from '../../../../../src/model/vendors/elevenlabs';
import { describeGolden } from '../golden';

describeGolden('elevenlabs', elevenlabs, 'ElevenLabs fixtures decode as their golden files say');
