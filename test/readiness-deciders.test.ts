import { describe, expect, it } from 'vitest';
import { render } from '../electron/common/messages/catalogs';
import { decideReadiness, groupFindings, type UsableTemplate } from '../electron/common/readiness/decide';
import { isValidEmail } from '../electron/common/readiness/email';
import type { DirectoryFacts, OperatorFacts } from '../electron/common/readiness/facts';
import { maskTemplate, profileNameFor } from '../electron/common/readiness/profile-name';
import { buildUsersCsv, CSV_HEADER, encodeCell, splitName } from '../electron/common/readiness/users-csv';

const template = (mask: string): UsableTemplate => {
  const t = maskTemplate(mask);
  if (!t.ok) throw new Error(`mask refused: ${t.error.code}`);
  return t;
};
const nameFor = (mask: string, group: string) => profileNameFor(template(mask), group);

describe('product profile names from the association mask', () => {
  it('puts the group name in place of the capture group', () => {
    expect(nameFor('Campaign - acme - (.*)', 'delivery')).toEqual({ ok: true, profile: 'Campaign - acme - delivery' });
    expect(nameFor('(.*) - Campaign', 'report')).toEqual({ ok: true, profile: 'report - Campaign' });
    expect(nameFor('^ACC_(.+)_prod$', 'content')).toEqual({ ok: true, profile: 'ACC_content_prod' });
    expect(nameFor('ACC \\(acme\\) (.*)', 'report')).toEqual({ ok: true, profile: 'ACC (acme) report' });
  });

  it('escaped characters outside the group are literal text', () => {
    expect(nameFor('Campaign\\.acme\\-(.*)', 'workflow')).toEqual({ ok: true, profile: 'Campaign.acme-workflow' });
  });

  it('any other regex syntax outside the group makes every name underivable, and says which', () => {
    for (const [mask, syntax] of [
      ['Campaign.acme - (.*)', '.'],
      ['Campaign - (?:acme|beta) - (.*)', '(?'],
      ['Campaign - \\w+ - (.*)', '\\w'],
      ['Campaign -+ (.*)', '+'],
      ['[Cc]ampaign - (.*)', '['],
    ] as const) {
      const r = nameFor(mask, 'admin');
      expect(r.ok, mask).toBe(false);
      if (!r.ok) expect(r.reason).toEqual({ code: 'readiness.underivable.syntax', params: { syntax } });
    }
  });

  it('keeps a name only if the mask captures exactly the group name from it', () => {
    // The group does not accept the name.
    const narrow = nameFor('Campaign - ([a-z]+)', 'workflowSupervisor');
    expect(narrow).toMatchObject({ ok: false, reason: { code: 'readiness.underivable.noMatch' } });
    // A greedy group before a literal that the group name also contains: the capture is not the name.
    const greedy = nameFor('(.*) - x', 'a - x - b');
    expect(greedy.ok).toBe(true);
    const lazy = nameFor('(.*?) - (?:x)?', 'a');
    expect(lazy.ok).toBe(false);
    const other = nameFor('(.*)-(?=z)?z', 'a');
    expect(other.ok).toBe(false);
  });

  it('a mask that is empty, not a regex, or without exactly one capture group is refused as a whole', () => {
    expect(maskTemplate('')).toMatchObject({ ok: false, error: { code: 'readiness.mask.empty' } });
    expect(maskTemplate('Campaign - (')).toMatchObject({ ok: false, error: { code: 'readiness.mask.invalid' } });
    expect(maskTemplate('Campaign - acme - .*')).toMatchObject({ ok: false, error: { code: 'readiness.mask.noGroup' } });
    expect(maskTemplate('(a)-(b)')).toMatchObject({ ok: false, error: { code: 'readiness.mask.manyGroups', params: { count: 2 } } });
    // A capture that backtracks for ages is never run: underivable, with the config grammar's reason.
    const hostile = maskTemplate('Campaign - ((?:a+)+)');
    expect(hostile.ok && 'underivable' in hostile && hostile.underivable.code).toMatch(/^mask\.grammar\./);
    const t0 = Date.now();
    expect(nameFor('Campaign - ((?:a+)+)', `${'a'.repeat(27)}!`).ok).toBe(false);
    expect(Date.now() - t0).toBeLessThan(100);
  });

  it('a profile containing "admin" in any case is flagged on the group: it grants Control Panel access', () => {
    const t = template('Campaign - acme - (.*)');
    expect(groupFindings(t, 'admin').problems.map((p) => p.code)).toEqual(['profile-admin']);
    expect(groupFindings(t, 'siteAdministrators').problems.map((p) => p.code)).toEqual(['profile-admin']);
    expect(groupFindings(t, 'delivery').problems).toEqual([]);
    expect(groupFindings(template('ADMIN - (.*)'), 'delivery').problems.map((p) => p.code)).toEqual(['profile-admin']);
  });
});

describe('e-mail validity', () => {
  it('accepts ordinary and IDN-domain addresses, refuses what the Admin Console would not take', () => {
    for (const ok of ['jane.doe@acme.example', 'a+b@sub.acme.co', 'jose@exämple.example', "o'neil@acme.example"])
      expect(isValidEmail(ok), ok).toBe(true);
    for (const bad of [
      '',
      'jane',
      'jane@',
      '@acme.example',
      'jane doe@acme.example',
      'jane@@acme.example',
      'jane@acme',
      'zoë@acme.example',
      ' jane@acme.example',
      'jane..doe@acme.example',
      'jane@acme.c0m',
      'jane@-acme.example',
    ])
      expect(isValidEmail(bad), bad).toBe(false);
  });
});

const op = (id: number, name: string, email: string, extra: Partial<OperatorFacts> = {}): OperatorFacts => ({
  id: String(id),
  name,
  label: name,
  email,
  disabled: false,
  authenticationType: '',
  ...extra,
});

function facts(operators: OperatorFacts[], memberships: [number, number][] = []): DirectoryFacts {
  return {
    operators,
    groups: [
      { id: '1', name: 'admin', label: 'Administrators' },
      { id: '2', name: 'delivery', label: 'Delivery operators' },
      { id: '3', name: 'report', label: 'Report' },
    ],
    memberships: memberships.map(([o, g]) => ({ operatorId: String(o), groupId: String(g) })),
  };
}

describe('readiness of operators and groups', () => {
  const mask = template('Campaign - acme - (.*)');

  it('a clean directory is ready; profiles and member counts follow the memberships', () => {
    const r = decideReadiness(
      facts(
        [op(10, 'jane', 'jane@acme.example'), op(11, 'li', 'li@acme.example')],
        [
          [10, 1],
          [10, 2],
          [11, 2],
          [11, 3],
        ],
      ),
      mask,
    );
    expect(r.ok).toBe(true);
    expect(r.operators[0]).toMatchObject({
      name: 'jane',
      authentication: 'native',
      groups: ['admin', 'delivery'],
      profiles: ['Campaign - acme - admin', 'Campaign - acme - delivery'],
      problems: [],
    });
    expect(r.groups.map((g) => [g.name, g.profile, g.operators])).toEqual([
      ['admin', 'Campaign - acme - admin', 1],
      ['delivery', 'Campaign - acme - delivery', 2],
      ['report', 'Campaign - acme - report', 1],
    ]);
    expect(r.groups[0]!.problems.map((p) => p.code)).toEqual(['profile-admin']);
    expect(r.summary).toEqual({ operators: 2, native: 2, ims: 0, disabled: 0, missingEmail: 0, duplicateEmail: 0 });
  });

  it('flags missing, invalid and case-insensitive duplicate e-mails, the duplicate on every sharer', () => {
    const r = decideReadiness(
      facts([
        op(1, 'a', ''),
        op(2, 'b', 'not-an-email'),
        op(3, 'c', 'Same@Acme.example'),
        op(4, 'd', 'same@acme.EXAMPLE'),
        op(5, 'e', 'SAME@acme.example'),
      ]),
      mask,
    );
    const codes = Object.fromEntries(r.operators.map((o) => [o.name, o.problems.map((p) => p.code)]));
    expect(codes).toEqual({
      a: ['email-missing'],
      b: ['email-invalid'],
      c: ['email-duplicate'],
      d: ['email-duplicate'],
      e: ['email-duplicate'],
    });
    expect(r.operators[2]!.problems[0]!.message).toEqual({
      code: 'readiness.email-duplicate',
      params: { login: 'c', email: 'Same@Acme.example', others: ['d', 'e'] },
    });
    expect(render('en', r.operators[2]!.problems[0]!.message)).toContain('with d and e');
    expect(r.summary).toMatchObject({ missingEmail: 1, duplicateEmail: 3 });
    expect(r.ok).toBe(false);
  });

  it('IMS (any case) and disabled operators with e-mail problems do not block; an enabled native one does', () => {
    const notBlocking = decideReadiness(
      facts([
        op(1, 'ims1', '', { authenticationType: 'IMS' }),
        op(2, 'old', '', { disabled: true }),
        op(3, 'ok', 'ok@acme.example', { authenticationType: 'native' }),
      ]),
      mask,
    );
    expect(notBlocking.ok).toBe(true);
    expect(notBlocking.operators.map((o) => o.authentication)).toEqual(['ims', 'native', 'native']);
    expect(notBlocking.summary).toEqual({ operators: 3, native: 2, ims: 1, disabled: 1, missingEmail: 2, duplicateEmail: 0 });
    expect(decideReadiness(facts([op(1, 'x', '')]), mask).ok).toBe(false);
  });

  it('a group without a derivable profile name makes the instance not ready; groups without members are noted', () => {
    const r = decideReadiness(facts([op(1, 'a', 'a@acme.example')], [[1, 2]]), template('Campaign - acme - ([a-z]+)'));
    expect(r.groups.find((g) => g.name === 'delivery')!.profile).toBe('Campaign - acme - delivery');
    expect(r.ok).toBe(true);
    const under = decideReadiness(facts([op(1, 'a', 'a@acme.example')], [[1, 2]]), template('Campaign.acme - (.*)'));
    expect(under.ok).toBe(false);
    expect(under.groups.every((g) => g.profile === null && g.problems[0]!.code === 'profile-underivable')).toBe(true);
    expect(under.operators[0]!.profiles).toEqual([]);
    expect(r.groups.find((g) => g.name === 'report')!.problems.map((p) => p.code)).toEqual(['group-empty']);
  });

  it('memberships of unknown operators (group records, @type 1) or groups are ignored, duplicates counted once', () => {
    const r = decideReadiness(
      facts(
        [op(1, 'a', 'a@acme.example')],
        [
          [1, 2],
          [1, 2],
          [99, 2],
          [1, 42],
        ],
      ),
      mask,
    );
    expect(r.operators[0]!.groups).toEqual(['delivery']);
    expect(r.groups.find((g) => g.name === 'delivery')!.operators).toBe(1);
  });

  it('every message renders in both languages without a leftover placeholder', () => {
    const r = decideReadiness(
      facts([op(1, 'a', ''), op(2, 'b', 'x'), op(3, 'c', 'd@e.example'), op(4, 'd', 'D@e.example')]),
      template('Campaign - (\\w+)'),
    );
    for (const m of [...r.operators.flatMap((o) => o.problems), ...r.groups.flatMap((g) => g.problems)].map((p) => p.message)) {
      for (const locale of ['en', 'zh-Hant'] as const) expect(render(locale, m)).not.toMatch(/\{\w+\}|readiness\./);
    }
  });
});

describe('the Admin Console users CSV', () => {
  const mask = template('Campaign - acme - (.*)');

  it('has the template header, one row per enabled operator with a valid unique e-mail, profiles in one quoted cell', () => {
    const r = decideReadiness(
      facts(
        [
          op(1, 'jane', 'jane@acme.example', { label: 'Jane Doe' }),
          op(2, 'gone', 'gone@acme.example', { disabled: true }),
          op(3, 'dup1', 'x@acme.example'),
          op(4, 'dup2', 'X@acme.example'),
          op(5, 'ims', 'ims@acme.example', { authenticationType: 'ims', label: 'Mary Ann Smith' }),
        ],
        [
          [1, 2],
          [1, 3],
          [5, 3],
        ],
      ),
      mask,
    );
    const csv = buildUsersCsv(r);
    expect(csv).toMatchObject({ rows: 2, skipped: 2 });
    const lines = csv.parts[0]!.text.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[1]).toBe('Federated ID,,,jane@acme.example,Jane,Doe,,"Campaign - acme - delivery,Campaign - acme - report",,,,,,');
    expect(lines[2]).toBe('Federated ID,,,ims@acme.example,,,,"Campaign - acme - report",,,,,,');
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('takes the identity type and the ";" separator', () => {
    const r = decideReadiness(
      facts(
        [op(1, 'jane', 'jane@acme.example', { label: 'Jane Doe' })],
        [
          [1, 2],
          [1, 3],
        ],
      ),
      mask,
    );
    const text = buildUsersCsv(r, { identityType: 'Adobe ID', separator: ';' }).parts[0]!.text;
    expect(text.split('\r\n')[1]).toBe(
      'Adobe ID;;;jane@acme.example;Jane;Doe;;"Campaign - acme - delivery,Campaign - acme - report";;;;;;',
    );
  });

  it('neutralises cells a spreadsheet would run as a formula, and quotes per RFC 4180', () => {
    expect(encodeCell('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const c of ['+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(encodeCell(c, ',')).toBe(`"'${c}"`);
    expect(encodeCell('a,b', ',')).toBe('"a,b"');
    expect(encodeCell('a,b', ';')).toBe('a,b');
    expect(encodeCell('a;b', ';')).toBe('"a;b"');
    expect(encodeCell('line\nbreak', ',')).toBe('"line\nbreak"');
    expect(encodeCell('plain', ',')).toBe('plain');
    const r = decideReadiness(facts([op(1, 'x', 'x@acme.example', { label: '=cmd|calc' })]), mask);
    expect(buildUsersCsv(r).parts[0]!.text).not.toMatch(/,=cmd/);
  });

  it('first and last name only from a label of exactly two clean words', () => {
    expect(splitName('Jane Doe')).toEqual(['Jane', 'Doe']);
    expect(splitName('  Zoë   Müller ')).toEqual(['Zoë', 'Müller']);
    expect(splitName("Mary-Ann O'Neil")).toEqual(['Mary-Ann', "O'Neil"]);
    for (const l of ['Jane', 'Jane van Doe', 'Admin 2', 'ops@team x', '']) expect(splitName(l), l).toEqual(['', '']);
  });

  it('splits beyond the per-file limit; every part has the header; an empty report still has one part', () => {
    const ops = Array.from({ length: 7 }, (_, i) => op(i, `u${i}`, `u${i}@acme.example`));
    const csv = buildUsersCsv(decideReadiness(facts(ops), mask), { maxRows: 3 });
    expect(csv.parts.map((p) => p.rows)).toEqual([3, 3, 1]);
    for (const p of csv.parts) expect(p.text.startsWith('Identity Type,')).toBe(true);
    expect(buildUsersCsv(decideReadiness(facts([op(1, 'a', '')]), mask)).parts).toHaveLength(1);
  });
});
