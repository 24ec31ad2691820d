// The language server's entry point. VS Code starts it over node IPC; other editors with --stdio
// (createConnection reads the transport from the command line: --node-ipc, --stdio, --socket=N).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { watchFraming } from './stdioFraming';

startServer(createConnection(ProposedFeatures.all));

// A stdio stream whose framing broke cannot be read any further: exit (status 1) with the reason on stderr,
// so the client sees the server end and starts a new one, instead of a server that never answers again.
if (process.argv.includes('--stdio')) {
  watchFraming(process.stdin, (problem) => {
    process.stderr.write(`smtp-codes language server: the LSP stream on stdin is broken (${problem}); exiting so that the client can start a new server\n`);
    process.exit(1);
  });
}
