/** What the README tells people to pin and where it sends them. */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './helpers.js'
import { cli } from './cli-helpers.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** Whether this repository has the tag (in a clone without tags, none does). */
function tagExists(tag: string): boolean {
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { cwd: root }).status === 0
}

describe('README', () => {
  it('pins the GitHub Action and the pre-commit hook to tags that exist, or says what to pin', () => {
    const refs = [...readme.matchAll(/uses: casefile\/casefile@(\S+)/g), ...readme.matchAll(/^\s+rev: (\S+)/gm)].map(
      (m) => m[1]!
    )
    expect(refs.length).toBeGreaterThanOrEqual(2)
    for (const ref of refs) expect({ ref, ok: ref === '<commit-sha>' || tagExists(ref) }).toEqual({ ref, ok: true })
    if (refs.includes('<commit-sha>'))
      expect(readme).toMatch(/pin the action, and the pre-commit\nhook below, to a full commit SHA/)
  })

  it('keeps a short Performance section and the measurement log in bench/README.md', () => {
    const performance = /\n## Performance\n([\s\S]*?)\n## /.exec(readme)![1]!
    expect(performance.split(/\s+/).length).toBeLessThan(250)
    expect(performance).toContain('[`bench/README.md`](bench/README.md)')
    expect(existsSync(join(root, 'bench', 'README.md'))).toBe(true)
    const log = readFileSync(join(root, 'bench', 'README.md'), 'utf8')
    expect(log).toContain('What is not met, and why, measured here')
    expect(log).toContain('| measure | last session (final run) |')
  })

  it("shows what compile prints on stderr for the seed: check's findings, the same words", async () => {
    const block = /error finding gives exit 1, and the record is still written:\n\n```text\n([\s\S]*?)```/.exec(readme)
    expect(block).not.toBeNull()
    const r = await cli(['compile', 'fixtures/RUN-24-2020.md'], root)
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(block![1])
  })
})
