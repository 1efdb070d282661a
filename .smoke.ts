import { adoptDatabaseFile } from './src/db/legacy/upgrade.ts';
const logger = { info: (o: object, m: string) => console.log('INFO', m, JSON.stringify(o).slice(0, 1500)), warn: (o: object, m: string) => console.log('WARN', m, JSON.stringify(o)) };
for (const f of process.argv.slice(2)) {
  const t = Date.now();
  try {
    const r = await adoptDatabaseFile(f, { timeZone: 'UTC', logger });
    console.log(f, r.kind, Date.now() - t, 'ms');
    if (r.kind === 'upgraded') console.log(r.report.checks.map(c => `${c.ok ? 'ok ' : 'BAD'} ${c.name}: ${c.detail}`).join('\n'));
  } catch (e) { console.log('ERR', (e as Error).message); }
}
