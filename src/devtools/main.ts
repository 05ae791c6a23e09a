import { registerPanel } from '../browser/devtools';
import { pages } from '../strings';

void registerPanel(pages.panelTitle);
