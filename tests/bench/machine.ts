/**
 * How much of the machine the bench had. Timings in software WebGL scale with free CPU, and these
 * 2-core machines are shared (a concurrent `npm test` runs its own Chromium), so the bench reports
 * the CPU time that processes outside its own tree used while it ran (Linux /proc; elsewhere null).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Busy and total jiffies of the whole machine. */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal (guest time is already in user and nice)
    const n = fields.slice(0, 8).map(Number);
    const total = n.reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** CPU jiffies of this process and its descendants, including reaped children (cutime/cstime). */
function treeTicks(): number | null {
  try {
    const stats = new Map<number, { ppid: number; ticks: number }>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const text = readFileSync(`/proc/${name}/stat`, 'utf8');
        // Fields after the command name, which is in parentheses and may contain spaces.
        const after = text.slice(text.lastIndexOf(')') + 2).split(' ');
        const ppid = Number(after[1]);
        const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(after[i] ?? 0), 0);
        stats.set(Number(name), { ppid, ticks });
      } catch {
        // the process ended meanwhile
      }
    }
    const inTree = (pid: number): boolean => {
      for (let p = pid, depth = 0; p > 1 && depth < 64; depth++) {
        if (p === process.pid) return true;
        p = stats.get(p)?.ppid ?? 0;
      }
      return false;
    };
    let ticks = 0;
    for (const [pid, s] of stats) if (inTree(pid)) ticks += s.ticks;
    return ticks;
  } catch {
    return null;
  }
}

export interface CpuShare {
  /** Share of the machine's CPU (all cores) used by other processes, 0..1. */
  others: number;
  /** Share used by the bench and the Chromium it drives. */
  bench: number;
}

export function startCpuWatch(): () => CpuShare | null {
  const machine0 = machineTicks();
  const tree0 = treeTicks();
  return () => {
    const machine1 = machineTicks();
    const tree1 = treeTicks();
    if (!machine0 || !machine1 || tree0 === null || tree1 === null) return null;
    const total = machine1.total - machine0.total;
    if (total <= 0) return null;
    const bench = (tree1 - tree0) / total;
    const others = Math.max(0, (machine1.busy - machine0.busy) / total - bench);
    return { others, bench };
  };
}
