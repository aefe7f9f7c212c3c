import { renderSummary } from '../src/output/render-summary';
import { createRedactor } from '../src/output/redact';
import { sampleOutcome, NOW } from '../test/support/outcome-builder';
console.log(renderSummary(sampleOutcome(), { now: NOW, jsonFile: 'findings.json', redact: createRedactor(false), runUrl: 'https://github.com/acme/infra/actions/runs/42' }));
