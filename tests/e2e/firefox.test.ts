import { describe } from 'vitest';
import { selectedBrowsers } from './harness/browsers';
import { FirefoxDriver } from './harness/firefox-driver';
import { allScenarios } from './scenarios/index';

describe.runIf(selectedBrowsers().includes('firefox'))('firefox', () => {
  allScenarios((options) => FirefoxDriver.launch(options));
});
