// The language server's entry point. VS Code starts it over node IPC; other editors with --stdio
// (createConnection reads the transport from the command line: --node-ipc, --stdio, --socket=N).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';

startServer(createConnection(ProposedFeatures.all));
