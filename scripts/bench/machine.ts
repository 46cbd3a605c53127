// The machine a run measured: what docs/benchmarks.md names beside the figures.
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  chromium: string;
  node: string;
}

function osName(): string {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1];
    if (pretty) return `${pretty}, ${type()} ${release()}`;
  } catch {
    // Not Linux: the kernel's name will do.
  }
  return `${type()} ${release()}`;
}

export function describeMachine(chromium: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGB: Math.round(totalmem() / 1024 ** 3),
    os: osName(),
    chromium,
    node: process.version,
  };
}

export function machineLine(machine: Machine): string {
  return (
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM, ${machine.os}, ` +
    `Chromium ${machine.chromium}, Node ${machine.node}`
  );
}
