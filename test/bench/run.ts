/**
 * `npm run bench`: prints figures, asserts nothing. Decode time against JSON.parse, time to paint
 * the card in Chromium, a burst of network calls in the panel, and what each page loads.
 */
import { benchBundleSizes } from './bundle-sizes';
import { benchCaptureBurst } from './capture-burst';
import { benchDecode } from './decode';
import { benchPaint } from './paint';

await benchDecode();
await benchPaint();
await benchCaptureBurst();
benchBundleSizes();
