// The VS Code client is built in the language-server issue; this placeholder keeps the project references valid.
export {};
