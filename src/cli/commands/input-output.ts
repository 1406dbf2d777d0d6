import type { Command } from 'commander';

export function registerIoCommands(_program: Command): void {}
