import * as vscode from 'vscode';

/** The "Backlog Lens" output channel, and at most one warning notification per distinct problem. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Backlog Lens');
  private readonly notified = new Set<string>();

  info(message: string): void {
    this.channel.appendLine(`[${new Date().toLocaleTimeString()}] ${message}`);
  }

  /** Logs each configuration problem once per session, with one warning notification for each batch of new ones. */
  problems(source: string, problems: readonly string[]): void {
    const fresh = problems.filter((problem) => !this.notified.has(`${source}: ${problem}`));
    if (fresh.length === 0) return;
    for (const problem of fresh) {
      this.notified.add(`${source}: ${problem}`);
      this.info(`${source}: ${problem}`);
    }
    const summary = fresh.length === 1 ? fresh[0] : vscode.l10n.t('{0} problems, the first: {1}', fresh.length, fresh[0]);
    const show = vscode.l10n.t('Show Output');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Backlog Lens ignored part of {0}: {1} The rest of the configuration applies.', source, summary), show)
      .then((choice) => choice === show && this.show());
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
