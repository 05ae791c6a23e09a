/**
 * `npm run bench`: prints figures, asserts nothing. Decode time against JSON.parse, time to paint
 * the card in Chromium, and what each page loads.
 */
import { benchBundleSizes } from './bundle-sizes';
import { benchDecode } from './decode';
import { benchPaint } from './paint';

await benchDecode();
await benchPaint();
benchBundleSizes();
