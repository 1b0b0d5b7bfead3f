import { pathToFileURL } from 'node:url';
import type { RuleMeta, SeveritySetting } from '../../core';
import type { Output } from '../io';
import { jsonSafe } from './escape';
import { oneBased, type Notice, type Reporter } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
  /** The current directory: result paths are relative to it. */
  cwd: string;
  version: string;
  rules: readonly RuleMeta[];
  /** Project address; rules' `helpUri` is `<projectUrl>/blob/HEAD/<docPath>`. Both are left out without it. */
  projectUrl: string | undefined;
}

type Level = 'error' | 'warning' | 'note' | 'none';

/** SARIF has three levels: information and hint are both `note`. */
export function sarifLevel(severity: SeveritySetting): Level {
  switch (severity) {
    case 'error': return 'error';
    case 'warning': return 'warning';
    case 'off': return 'none';
    default: return 'note';
  }
}

/** A slash-separated relative path as a relative URI reference. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function driver(options: SarifOptions): object {
  const helpBase = options.projectUrl && `${options.projectUrl}/blob/HEAD/`;
  return {
    name: 'Backlog Lens',
    ...(options.projectUrl ? { informationUri: options.projectUrl } : {}),
    version: options.version,
    semanticVersion: options.version,
    rules: options.rules.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      ...(helpBase ? { helpUri: new URL(rule.docPath.replace(/^\/+/, ''), helpBase).href } : {}),
      defaultConfiguration: defaultConfiguration(rule.defaultSeverity),
    })),
  };
}

/**
 * Streams one SARIF 2.1.0 log with one run: the tool and its rules first (known up front), then a result per
 * finding as files come, then the invocation with a notification per file that failed or was skipped.
 */
export function sarifReporter(out: Output, options: SarifOptions): Reporter {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const notifications: object[] = [];
  let first = true;
  return {
    begin() {
      const root = pathToFileURL(options.cwd).href.replace(/\/?$/, '/');
      out.write(
        `{"$schema":${JSON.stringify(SARIF_SCHEMA)},"version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver(options))}},` +
          `"originalUriBaseIds":${JSON.stringify({ [SOURCE_ROOT]: { uri: root } })},"columnKind":"utf16CodeUnits","results":[`,
      );
    },
    file({ path, findings }) {
      for (const finding of findings) {
        const index = ruleIndex.get(finding.rule);
        const result = {
          ruleId: finding.rule,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: sarifLevel(finding.severity),
          message: { text: finding.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(path), uriBaseId: SOURCE_ROOT }, region: region(finding) } }],
        };
        out.write(`${first ? '' : ','}\n${jsonSafe(JSON.stringify(result))}`);
        first = false;
      }
    },
    notice(notice: Notice) {
      notifications.push({
        level: notice.level,
        message: { text: notice.path === undefined ? notice.message : `${notice.path}: ${notice.message}` },
        ...(notice.path === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(notice.path), uriBaseId: SOURCE_ROOT } } }] }),
      });
    },
    end(summary) {
      const invocation = { executionSuccessful: summary.failed === 0, toolExecutionNotifications: notifications };
      out.write(`${first ? '' : '\n'}],"invocations":[${jsonSafe(JSON.stringify(invocation))}]}]}\n`);
    },
  };
}

function defaultConfiguration(severity: SeveritySetting): object {
  const level = sarifLevel(severity);
  return level === 'none' ? { level, enabled: false } : { level };
}

function region(finding: Parameters<typeof oneBased>[0]): object {
  const { line, column, endLine, endColumn } = oneBased(finding);
  return { startLine: line, startColumn: column, endLine, endColumn };
}
