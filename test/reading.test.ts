/**
 * The layout mechanisms of the case tree, one small memo each: what a clerk reads off a layout that
 * the fixtures show only inside whole memos. Each memo is written for the test (invented
 * organisations and people), in the shape a PDF conversion gives.
 */
import { describe, expect, it } from 'vitest'
import { compile } from '../src/index.js'
import { isAddressLine } from '../src/vocab/furniture.js'

function read(text: string) {
  return compile(new TextEncoder().encode(text), { path: 'memo.md' }).record
}

const names = (r: ReturnType<typeof read>) => (r.signatures?.signatories ?? []).map((s) => [s.name, s.title])
const items = (text: string) => read(text).proposals?.items.map((i) => i.text)

describe('signature columns a conversion flattened', () => {
  const memo = (signature: string) =>
    `TJÄNSTESKRIVELSE\n\nDnr BUN 2022/118\n\nSkolskjuts för elever i Ljusne\n\n## Förslag till ` +
    `beslut\n\nNämnden godkänner riktlinjerna.\n\n## Ärendet\n\nRiktlinjerna gäller från ` +
    `höstterminen.\n\n${signature}\n\n## Beslutet skickas till\n\nSkolskjutsenheten\n`

  it("the phone and e-mail printed under a signatory's title are not the title", () => {
    expect(
      names(read(memo('På nämndens vägnar\n\nEbba Lind\\\nMiljöinspektör\\\n0123-45 67 89\\\nebba.lind@exempelby.se')))
    ).toEqual([['Ebba Lind', 'Miljöinspektör']])
    expect(
      names(read(memo('Nils Wiklund\nUtbildningschef\nnils.wiklund@exempelby.se\n\nEbba Lind\nController')))
    ).toEqual([
      ['Nils Wiklund', 'Utbildningschef'],
      ['Ebba Lind', 'Controller']
    ])
  })

  it("repeated blocks, each signatory under the unit's line, are all signatories", () => {
    expect(
      names(
        read(
          memo(
            'Enheten för parker\n\nEbba Lind  \nEnhetschef\n\nEnheten för parker\n\nNils Wiklund  \nLandskapsarkitekt'
          )
        )
      )
    ).toEqual([
      ['Ebba Lind', 'Enhetschef'],
      ['Nils Wiklund', 'Landskapsarkitekt']
    ])
    expect(names(read(memo('Ebba Lind\nSocialchef\n\nSOCIALFÖRVALTNINGEN IFO\n\nNils Wiklund\nEnhetschef')))).toEqual([
      ['Ebba Lind', 'Socialchef'],
      ['Nils Wiklund', 'Enhetschef']
    ])
  })

  it("the unit line over the first signatory is the memo's unit when the header names none", () => {
    // Repeated unit / name / title blocks (hard line breaks), the header's labels in bold.
    const blocks = read(
      '**TJÄNSTESKRIVELSE**\n\n**Datum:** 2031-02-26  \n**Dnr:** TN 2031/77\n\n# Lekplatsprogram\n\n**Förslag ' +
        'till beslut**\n\nNämnden antar programmet.\n\nEnheten för parker och natur\n\nEbba Lind  \nEnhetschef\n\n' +
        'Enheten för parker och natur\n\nNils Wiklund  \nLandskapsarkitekt\n'
    )
    expect([blocks.metadata.unit, names(blocks)]).toEqual([
      'Enheten för parker och natur',
      [
        ['Ebba Lind', 'Enhetschef'],
        ['Nils Wiklund', 'Landskapsarkitekt']
      ]
    ])
    // One unit line over a name and title pair, in plain lines.
    const plain = read(
      'Exempelby kommun\nDatum 2031-03-01\nDnr KS 2031/78\n\nNy taxa för torghandel\n\nFörslag till beslut\n\n' +
        'Kommunstyrelsen antar taxan.\n\nKommunledningskontoret\n\nNils Wiklund\nKommundirektör\n'
    )
    expect([plain.metadata.unit, names(plain)]).toEqual([
      'Kommunledningskontoret',
      [['Nils Wiklund', 'Kommundirektör']]
    ])
    // A unit the header names stays the memo's.
    const header = read(
      'Exempelby kommun\nSocialförvaltningen\nDatum 2031-03-01\nDnr SN 2031/79\n\nNy boendeplan\n\nFörslag till ' +
        'beslut\n\nNämnden antar planen.\n\nEnheten för äldreomsorg\n\nEbba Lind\nEnhetschef\n'
    )
    expect(header.metadata.unit).toBe('Socialförvaltningen')
  })

  it('a line of names over a line of titles', () => {
    expect(names(read(memo('Karin Ödman Per Alm\nUtbildningschef Skolskjutssamordnare')))).toEqual([
      ['Karin Ödman', 'Utbildningschef'],
      ['Per Alm', 'Skolskjutssamordnare']
    ])
  })

  it('a pipe table: names row over titles row, and Name<br>Title cells', () => {
    expect(names(read(memo('| Karin Ödman | Per Alm |\n|---|---|\n| Utbildningschef | Controller |')))).toEqual([
      ['Karin Ödman', 'Utbildningschef'],
      ['Per Alm', 'Controller']
    ])
    expect(names(read(memo('| Karin Ödman<br>Utbildningschef | Per Alm<br>Controller |\n|---|---|')))).toEqual([
      ['Karin Ödman', 'Utbildningschef'],
      ['Per Alm', 'Controller']
    ])
  })

  it('Name, title pairs on one line, and a title printed above its name', () => {
    expect(names(read(memo('Karin Ödman, utbildningschef Per Alm, controller')))).toEqual([
      ['Karin Ödman', 'utbildningschef'],
      ['Per Alm', 'controller']
    ])
    expect(names(read(memo('Utbildningschef\nKarin Ödman')))).toEqual([['Karin Ödman', 'Utbildningschef']])
  })

  it('name-title pairs run together: on one line, broken anywhere but inside a name, or as rows', () => {
    const pairs = [
      ['Karin Ödman', 'Utbildningschef'],
      ['Per Alm', 'Fritidskonsulent']
    ]
    expect(names(read(memo('Karin Ödman Utbildningschef Per Alm Fritidskonsulent')))).toEqual(pairs)
    expect(names(read(memo('Karin Ödman\nUtbildningschef Per Alm\nFritidskonsulent')))).toEqual(pairs)
    expect(names(read(memo('Karin Ödman Utbildningschef\nPer Alm Fritidskonsulent')))).toEqual(pairs)
    // A simple table as pandoc writes it, under a heading of its own: the rules above and below the rows.
    const table =
      '## Ansvariga\n\n  ------------------ ------------------\n  Karin Ödman        Utbildningschef\n' +
      '  Per Alm            Fritidskonsulent\n  ------------------ ------------------'
    expect(names(read(memo(table)))).toEqual(pairs)
  })

  it('a pipe table of signatories a row each: a name cell and a title cell, under a head row or none', () => {
    const pairs = [
      ['Karin Ödman', 'Utbildningschef'],
      ['Per Alm', 'Controller']
    ]
    const rows = '| Karin Ödman | Utbildningschef |\n| Per Alm | Controller |'
    expect(names(read(memo(`## Ansvariga\n\n| Namn | Titel |\n|---|---|\n${rows}`)))).toEqual(pairs)
    expect(names(read(memo(`## Ansvariga\n\n| | |\n|---|---|\n${rows}`)))).toEqual(pairs)
    expect(names(read(memo(rows.replace('\n', '\n|---|---|\n'))))).toEqual(pairs)
    expect(names(read(memo('| Karin Ödman | Utbildningschef |\n|---|---|')))).toEqual([pairs[0]])
  })

  it('of the readings of pairs run together, the one with the most signatories; a title may name its unit', () => {
    expect(names(read(memo('Karin Ödman, skolchef Per Alm, controller Anna Maria Berg, rektor')))).toEqual([
      ['Karin Ödman', 'skolchef'],
      ['Per Alm', 'controller'],
      ['Anna Maria Berg', 'rektor']
    ])
    expect(names(read(memo('Karin Ödman Områdeschef Barn och utbildning Per Alm Controller')))).toEqual([
      ['Karin Ödman', 'Områdeschef Barn och utbildning'],
      ['Per Alm', 'Controller']
    ])
  })

  it('a names line and a titles line set as two paragraphs, with a page counter between them or not', () => {
    expect(names(read(memo('Karin Ödman Per Alm\n\nUtbildningschef Skolskjutssamordnare')))).toEqual([
      ['Karin Ödman', 'Utbildningschef'],
      ['Per Alm', 'Skolskjutssamordnare']
    ])
    expect(names(read(memo('Karin Ödman Per Alm Åsa Berg\n\nSida 2 (2)\n\nSkolchef Controller Rektor')))).toEqual([
      ['Karin Ödman', 'Skolchef'],
      ['Per Alm', 'Controller'],
      ['Åsa Berg', 'Rektor']
    ])
  })

  it('names that could be cut two ways are no signatories (never a guess)', () => {
    // Five words over two titles: `Anna Maria Berg` + `Per Alm` or `Anna Maria` + `Berg Per Alm`.
    expect(read(memo('Anna Maria Berg Per Alm\nUtbildningschef Controller')).signatures).toBeNull()
  })

  it("a politician's name with the party's letters signs without a title", () => {
    expect(
      names(read(memo('För barn- och utbildningsnämnden\n\nAnders Vik (KD)\n\nKarin Ödman\nUtbildningschef')))
    ).toEqual([
      ['Anders Vik (KD)', null],
      ['Karin Ödman', 'Utbildningschef']
    ])
  })

  it('a signing body in capitals above the names is the unit when the header names none', () => {
    const r = read(memo('BARN- OCH UTBILDNINGSFÖRVALTNINGEN\n\nKarin Ödman\nBarn- och utbildningschef'))
    expect(r.metadata.unit).toBe('BARN- OCH UTBILDNINGSFÖRVALTNINGEN')
    expect(names(r)).toEqual([['Karin Ödman', 'Barn- och utbildningschef']])
  })
})

describe('the header', () => {
  it('a letterhead: the organ beside the document type is the unit; a page column is a label, no case number', () => {
    const r = read(
      'SOCIALNÄMNDEN TJÄNSTEUTLÅTANDE\n\nDATUM DIARIENR SIDA\n\n2022-02-14 SN 2022/031 1(2)\n\nRiktlinjer för ' +
        'hemtjänst\n\n## Förslag till beslut\n\nNämnden antar riktlinjerna.\n'
    )
    expect(r.metadata.unit).toBe('SOCIALNÄMNDEN')
    expect(r.metadata.caseNumber).toBe('SN 2022/031')
    expect(r.metadata.date).toBe('2022-02-14')
    expect(r.metadata.title).toBe('Riktlinjer för hemtjänst')
  })

  it('old minutes in a sentence heading give the organ that met', () => {
    const r = read(
      'Utdrag ur protokoll fört vid sammanträde med byggnadsnämnden i Ljusdal\n\nBygglov för förråd. Dnr BN ' +
        '2021/77\n\n## Beslut\n\nByggnadsnämnden beviljar bygglov.\n'
    )
    expect(r.metadata.unit).toBe('byggnadsnämnden')
    expect(r.metadata.documentType).toBe('utdrag ur protokoll')
  })

  it('officers side by side without commas, as many as the phones beside them', () => {
    const r = read(
      'Tjänsteskrivelse\n\nHandläggare Lina Berg Omar Haddad\nTelefon 0651-180 21 0651-180 44\n\nDnr KS ' +
        '2022/9\n\nNya lokaler för fritidsgården\n\n## Förslag till beslut\n\nKommunstyrelsen godkänner hyresavtalet.\n'
    )
    expect(r.metadata.officers.map((o) => [o.name, o.phone])).toEqual([
      ['Lina Berg', '0651-180 21'],
      ['Omar Haddad', '0651-180 44']
    ])
  })

  it('a line of two capitalised words without a vowel, or with a document type, is no officer', () => {
    const r = read(
      'Kf Ks\n\nKallelse Utskriftsdatum:\n\nBudget 2023\n\n## Förslag till beslut\n\nNämnden antar budgeten.\n'
    )
    expect(r.metadata.officer.name).toBeNull()
  })

  it('a weak code alone on a header line is the case number', () => {
    expect(
      read('Yttrande över regional biblioteksplan\n\nKFN1204\n\n## Förslag till beslut\n\nNämnden antar yttrandet.\n')
        .metadata.caseNumber
    ).toBe('KFN1204')
  })

  it('the letterhead names the unit: an organ above the document type, the line under the organisation', () => {
    const above = read(
      '**Barn- och utbildningsnämnden**\n\n**MISSIV**\n\nDnr BUN/2022:14\n\nTill Kommunfullmäktige\n\n**Svar på ' +
        'motion om skolgårdar**\n\n## Förslag till beslut\n\nMotionen besvaras.\n'
    )
    expect(above.metadata.unit).toBe('Barn- och utbildningsnämnden')
    const under = read(
      'Ljusdals kommun\nSamhälle och miljö\n\nTjänsteskrivelse 2022-03-01 Dnr MBN 2022/9\n\nMiljö- och ' +
        'byggnämnden\n\nTillsynsplan 2022\n\n## Förslag till beslut\n\nNämnden antar tillsynsplanen.\n'
    )
    expect(under.metadata.unit).toBe('Samhälle och miljö')
    expect(under.metadata.addressee).toBe('Miljö- och byggnämnden')
  })

  it('a letterhead written as a pipe table: a label row over a value row, and Label<br>value cells', () => {
    const columns = read(
      '| Exempelby kommun | Exempelby kommun | TJÄNSTESKRIVELSE |\n|---|---|---|\n| Handläggare | Diarienummer ' +
        '| Telefon |\n| Lina Berg<br>Omar Haddad | BUN 2022/77 | 0651-180 21<br>0651-180 44 |\n\nBarn- och ' +
        'utbildningsnämnden\n\n**Skolskjuts**\n\n**Förslag till beslut**\n\nNämnden antar riktlinjerna.\n'
    )
    expect(columns.metadata.caseNumber).toBe('BUN 2022/77')
    expect(columns.metadata.officers.map((o) => [o.name, o.phone])).toEqual([
      ['Lina Berg', '0651-180 21'],
      ['Omar Haddad', '0651-180 44']
    ])
    const cells = read(
      '| Barn- och utbildningsförvaltningen | Datum<br>2022-02-14 |\n|---|---|\n| Handläggare<br>Lina ' +
        'Berg<br>Utredare | Diarienummer<br>BUN 2022/78 |\n\n**Skolskjuts**\n\n**Förslag till ' +
        'beslut**\n\nNämnden antar riktlinjerna.\n'
    )
    expect([cells.metadata.unit, cells.metadata.date, cells.metadata.caseNumber, cells.metadata.officer.name]).toEqual([
      'Barn- och utbildningsförvaltningen',
      '2022-02-14',
      'BUN 2022/78',
      'Lina Berg'
    ])
  })

  it("dates of other documents are not the memo's: a minutes' cover, an annex's line", () => {
    const cover = read(
      'Justeringens tid och plats Stadshuset 2022-03-08\n\nDatum då anslaget sätts upp 2022-03-09\n\nKSAU 3 ' +
        'Informationer Dnr KS 2022/12\n\n## Beslut\n\nInformationen noteras.\n'
    )
    expect(cover.metadata.date).toBeNull()
    const annex = read(
      'Bilaga 3 till kommunstyrelsens protokoll den 8 mars 2022\n\nPM (Dnr /2022)\n\n# Riktlinjer för ' +
        'arkivering\n\nText om riktlinjerna.\n'
    )
    expect(annex.metadata.date).toBeNull()
    expect(annex.metadata.caseNumber).toBe('/2022')
  })

  it('a department named by a roman numeral is the unit, beside the date or on a line of its own', () => {
    const beside = read(
      'Kommunstyrelsen Dnr: KS 2031/77\n\nDatum: 2031-04-05 RIV\n\n**Remiss om hemtjänst**\n\nVi ber om svar ' +
        'senast den 22 juni 2031.\n'
    )
    expect([beside.metadata.unit, beside.metadata.date]).toEqual(['RIV', '2031-04-05'])
    const own = read(
      'Region Norrby\n\nAvdelning IV\n\nDnr RS 2031/78\n\n# Budget 2032\n\n## Förslag till beslut\n\n' +
        'Regionstyrelsen antar budgeten.\n'
    )
    expect(own.metadata.unit).toBe('Avdelning IV')
    expect(read('Dnr: KS 2031/79\n\nDatum: 2031-04-05 Rix\n\n# Budget\n\nText om budgeten.\n').metadata.unit).toBeNull()
  })

  it('an extract of the minutes named on a line of its own: the organ that met is the unit', () => {
    const plain = read(
      'EXEMPELBY KOMMUN\n\nUtdrag ur sammanträdesprotokoll\n\nBygg- och miljönämnden\n\nSammanträdesdatum: 14 ' +
        'september 2031\n\n§ 87 Dnr BMN 2031/77\n\n**Strandskyddsdispens för fritidshus**\n\n**Bygg- och ' +
        'miljönämndens beslut**\n\nNämnden beviljar dispens.\n'
    )
    expect([plain.metadata.documentType, plain.metadata.unit]).toEqual([
      'utdrag ur sammanträdesprotokoll',
      'Bygg- och miljönämnden'
    ])
    const bold = read(
      '**Utdrag ur protokollet**\n\n**Socialnämnden**\n\nDnr SN 2031/78\n\n# Riktlinjer för hemtjänst\n\n## Beslut' +
        '\n\nNämnden antar riktlinjerna.\n'
    )
    expect([bold.metadata.documentType, bold.metadata.unit]).toEqual(['utdrag ur protokollet', 'Socialnämnden'])
  })

  it("a web page's own dates (published, updated) are not the memo's; the meeting that decided is", () => {
    const page = (dated: string) =>
      `# Ny taxa för torghandel\n\n${dated}\n\nBehandlat på Kommunstyrelsen, den 7 juni 2031\n\nDiarienummer KS ` +
      `2031/77\n\nKommunstyrelsen beslutar att anta taxan.\n`
    expect(read(page('Publicerad 2031-06-10')).metadata.date).toBe('2031-06-07')
    expect(read(page('Sidan uppdaterades: 12 juni 2031')).metadata.date).toBe('2031-06-07')
  })

  it('a phrase about a body is a title, not an organ', () => {
    const r = read(
      'Dnr KS 2022/40\n\nReglemente för valnämnden\n\n## Förslag till beslut\n\nFullmäktige antar reglementet.\n'
    )
    expect(r.metadata.title).toBe('Reglemente för valnämnden')
    expect(r.metadata.addressee).toBeNull()
  })
})

describe('titles and proposals', () => {
  it('a dash written as text before each att-clause is a bullet, not the clause; on lines or in paragraphs', () => {
    const items = (body: string) =>
      read(
        `Dnr KS 2031/77\n\nLokalhyror för föreningar\n\nFörslag till beslut\n\nKommunstyrelsen föreslår ` +
          `kommunfullmäktige besluta\n\n${body}\n\nBakgrund\n\nHyrorna sågs över 2030.\n`
      ).proposals?.items.map((i) => i.text)
    expect(
      items(
        '– att föreningar för barn ska hyra avgiftsfritt,\n\n– att övriga föreningar ska betala halv ' +
          'taxa,\n\n– att kommunstyrelsen ska återkomma med en\nutvärdering senast i oktober.'
      )
    ).toEqual([
      'att föreningar för barn ska hyra avgiftsfritt',
      'att övriga föreningar ska betala halv taxa',
      'att kommunstyrelsen ska återkomma med en utvärdering senast i oktober.'
    ])
    expect(
      items('– att föreningar för barn ska hyra avgiftsfritt,\n— att övriga föreningar ska\nbetala halv taxa.')
    ).toEqual(['att föreningar för barn ska hyra avgiftsfritt', 'att övriga föreningar ska betala halv taxa.'])
  })

  it('of two phrases before the text, the first is the title and the second a heading nobody listed', () => {
    const r = read(
      'Dnr SN 2022/140\n\nTill Kommunfullmäktige\n\nYttrande över motion om fler parkbänkar\n\nMotionens ' +
        'förslag\n\nMotionären föreslår att kommunen ställer ut fler bänkar i parkerna.\n'
    )
    expect(r.metadata.title).toBe('Yttrande över motion om fler parkbänkar')
    expect(r.sections.map((s) => s.heading)).toEqual(['Motionens förslag'])
  })

  it(
    "a body's decision heading with a compound shared over och (Kultur- och fritidsnämndens beslut) is a " + 'section',
    () => {
      const r = read(
        'SAMMANTRÄDESPROTOKOLL\nMiljö- och byggnämnden\n\n§ 12 Dnr MBN 2022/31\n\nBygglov för förråd\n\nMiljö- ' +
          'och byggnämndens beslut\n\nNämnden beviljar bygglov.\n'
      )
      expect(r.metadata.title).toBe('Bygglov för förråd')
      expect(r.proposals?.items.map((i) => i.text)).toEqual(['Nämnden beviljar bygglov.'])
    }
  )

  it("a memo's # title keeps its place over the ## headings of its text; a page's item heading takes it", () => {
    const letter = read(
      'Exempelby kommun\n\nREMISS\n\nDnr KS 2031/77\n\n# Remiss – Förslag till kulturprogram\n\nKommunstyrelsen ' +
        'skickar förslaget på remiss till föreningarna.\n\n## Frågor till remissinstanserna\n\n1. Är målen rätt ' +
        'prioriterade?\n2. Saknas något område?\n\n## Svar\n\nSvaret ska ha kommit in senast den 15 april.\n\n' +
        'Bilaga: Förslag till kulturprogram\n'
    )
    expect([letter.metadata.title, letter.metadata.documentType, letter.metadata.unit]).toEqual([
      'Remiss – Förslag till kulturprogram',
      'remiss',
      null
    ])
    expect(letter.sections.map((s) => s.heading)).toEqual(['Frågor till remissinstanserna', 'Svar'])
    expect(letter.proposals).toBeNull()
    const page = read(
      '# Beslut från kultur- och fritidsnämnden\n\nHär publicerar vi ett urval av nämndens beslut.\n\n## Bidrag ' +
        'till Exempelby bygdegård\n\nBehandlat på Kultur- och fritidsnämnden, den 22 mars 2031\n\nNämnden ' +
        'beslutar att bevilja bidraget.\n'
    )
    expect([page.metadata.title, page.metadata.date]).toEqual(['Bidrag till Exempelby bygdegård', '2031-03-22'])
  })

  it('a plain title that wraps onto a line that alone reads as none (by a dash, or in lower case)', () => {
    const memo = (title: string) =>
      `Exempelby kommun\nSamhällsbyggnadsförvaltningen\n\nTjänsteskrivelse\n\nDatum 2031-06-02\nDnr TN 2031/77\n\n` +
      `${title}\n\nBeslutsförslag\n\nTekniska nämnden antar planen.\n`
    expect(read(memo('Hastighetsplan för Exempelby –\nantagande')).metadata.title).toBe(
      'Hastighetsplan för Exempelby – antagande'
    )
    expect(read(memo('Hastighetsplan för Exempelby tätort och\nomgivningar')).metadata.title).toBe(
      'Hastighetsplan för Exempelby tätort och omgivningar'
    )
  })

  it('a plain title that wraps onto a line of the period it names (`2032–2035`, `2032`)', () => {
    // A region's remiss letter: letterhead and label rows as plain lines, the addressee, then the title.
    const remiss = read(
      'REGION EXEMPELLAND REMISS\nKulturförvaltningen Sida 1 (2)\n\nDatum Dnr\n2031-02-15 RKN 2031/77\n\n' +
        'Enligt sändlista\n\nRemiss – Förslag till regional biblioteksplan för Exempellän\n2032–2035\n\n' +
        'Regionen har tagit fram ett förslag till biblioteksplan. Ni ges möjlighet att lämna synpunkter.\n'
    )
    expect(remiss.metadata.title).toBe('Remiss – Förslag till regional biblioteksplan för Exempellän 2032–2035')
    // A municipality's memo: a single year under the title.
    const memo = read(
      'Exempelby kommun\nKommunledningskontoret\n\nDatum 2031-09-01\nDnr KS 2031/78\n\nInternkontrollplan ' +
        'för kommunstyrelsen\n2032\n\nFörslag till beslut\n\nKommunstyrelsen antar planen.\n'
    )
    expect(memo.metadata.title).toBe('Internkontrollplan för kommunstyrelsen 2032')
  })

  it('a title that runs on into the heading after it is split from it', () => {
    const r = read(
      'Dnr TN 2022/12\n\n**Hastighetsplan för Bollsta Förslag till beslut**\n\nNämnden antar ' +
        'hastighetsplanen.\n\n**Ärendet**\n\nPlanen sänker hastigheten.\n'
    )
    expect(r.metadata.title).toBe('Hastighetsplan för Bollsta')
    expect(r.sections.map((s) => s.heading)).toEqual(['Förslag till beslut', 'Ärendet'])
    expect(r.proposals?.items.map((i) => i.text)).toEqual(['Nämnden antar hastighetsplanen.'])
  })

  it('att-clauses run together without commas are split, but not a task given with uppdra åt', () => {
    const r = read(
      'Dnr KS 2022/5\n\nLokalförsörjning\n\n## Förslag till beslut\n\nKommunstyrelsen beslutar att anta ' +
        'lokalförsörjningsplanen att uppdra åt förvaltningen att återkomma med en tidplan.\n'
    )
    expect(r.proposals?.items.map((i) => i.text)).toEqual([
      'att anta lokalförsörjningsplanen',
      'att uppdra åt förvaltningen att återkomma med en tidplan.'
    ])
    const applies = read(
      'Dnr KS 2022/5\n\nTaxa\n\n## Förslag till beslut\n\natt anta taxan att gälla från och med 1 juli 2022\n'
    )
    expect(applies.proposals?.items.map((i) => i.text)).toEqual(['att anta taxan att gälla från och med 1 juli 2022'])
  })

  it('an att after a verb that takes it (`kommer att`, `avser att`) is no new clause, inline or on att-lines', () => {
    // One sentence with its clause inline, on one line as a collapsed conversion leaves it: the sentence stays whole.
    const inline = read(
      'Dnr KS 2031/77\n\nMedborgarförslag om lekplats\n\nFörslag till beslut\n\nKommunstyrelsen föreslår ' +
        'kommunfullmäktige besluta att medborgarförslaget ska anses besvarat med hänvisning till att en lekplats ' +
        'kommer att anläggas i Exempelby under 2032.\n'
    )
    expect(inline.proposals?.items.map((i) => i.text)).toEqual([
      'Kommunstyrelsen föreslår kommunfullmäktige besluta att medborgarförslaget ska anses besvarat med hänvisning ' +
        'till att en lekplats kommer att anläggas i Exempelby under 2032.'
    ])
    // Att-lines under a lead-in: the second keeps its `avser att`.
    const lines = read(
      'Dnr SN 2031/78\n\n# Boendeplan\n\n## Förslag till beslut\n\nSocialnämnden beslutar\n\natt anta ' +
        'boendeplanen\n\natt notera att förvaltningen avser att bygga om två boenden under 2032\n'
    )
    expect(lines.proposals?.items.map((i) => i.text)).toEqual([
      'att anta boendeplanen',
      'att notera att förvaltningen avser att bygga om två boenden under 2032'
    ])
  })

  it('numbered paragraphs without their point are numbered items; a decider sub-heading is none', () => {
    const r = read(
      'Dnr KS 2022/6\n\nTaxa för torghandel\n\n## Förslag till beslut\n\nKommunstyrelsens beslut\n\n1 Taxan ' +
        'antas.\n\n2 Taxan gäller från 1 juli 2022.\n'
    )
    expect(r.proposals?.items.map((i) => [i.number, i.text])).toEqual([
      [1, 'Taxan antas.'],
      [2, 'Taxan gäller från 1 juli 2022.']
    ])
    const escaped = read(
      'Dnr KS 2022/7\n\nTaxa för torghandel\n\n## Förslag till beslut\n\n1\\. Taxan antas.\n\n2\\. Taxan gäller ' +
        'från 1 juli 2022.\n'
    )
    expect(escaped.proposals?.items.map((i) => i.number)).toEqual([1, 2])
  })

  it('a decision without a heading: a lead-in with its list, or a body deciding in one sentence', () => {
    const listed = read(
      '# Riktlinjer för arkivering\n\nBeredningen föreslår kommunstyrelsen besluta följande\n\n1. Riktlinjerna ' +
        'godkänns.\n2. Riktlinjerna gäller från 1 maj.\n\n## Bakgrund\n\nRiktlinjerna har tagits fram av arkivet.\n'
    )
    expect(listed.proposals).toEqual({
      heading: '',
      proposer: null,
      items: [
        { number: 1, text: 'Riktlinjerna godkänns.' },
        { number: 2, text: 'Riktlinjerna gäller från 1 maj.' }
      ]
    })
    const sentence = read(
      'Dnr KS 2022/9\n\nLokaler för fritidsgården\n\nKommunstyrelsen beslutar att föreslå kommunfullmäktige att ' +
        'godkänna hyresavtalet för fritidsgården.\n\nHyresavtalet gäller i fem år.\n'
    )
    expect(sentence.proposals?.items.map((i) => i.text)).toEqual([
      'Kommunstyrelsen beslutar att föreslå kommunfullmäktige att godkänna hyresavtalet för fritidsgården.'
    ])
  })

  it('a decision in the passive, one sentence ending in its verb, when no section holds one', () => {
    const r = read(
      'BYGGNADSNÄMNDEN\n\nDnr BN 2022/3\n\nAnmälan av delegationsbeslut\n\nFörteckningen över delegationsbeslut ' +
        'i februari anmäls.\n'
    )
    expect(r.proposals?.items.map((i) => i.text)).toEqual(['Förteckningen över delegationsbeslut i februari anmäls.'])
    const told = read(
      'Dnr BN 2022/4\n\nInformation om bygglov\n\nNämnden har fått information. Tre ansökningar beviljas.\n'
    )
    expect(told.proposals).toBeNull()
  })

  it("a decision's sentences after its list are items of the decision; a proposal's list stands alone", () => {
    const letter = read(
      'BESLUT\n\nDnr MBN 2031/77\n\n# Föreläggande om fuktutredning\n\n## Beslut\n\nNämnden förelägger Exempelby ' +
        'Bostäder AB att\n\n1. utreda fuktskadorna,\n2. åtgärda bristerna.\n\nFöreläggandet förenas inte med ' +
        'vite.\n\nBeslutet gäller omedelbart även om det överklagas.\n\n## Ärendet\n\nEn hyresgäst klagade.\n'
    )
    expect([letter.metadata.documentType, letter.metadata.title]).toEqual(['beslut', 'Föreläggande om fuktutredning'])
    expect(letter.proposals?.items.map((i) => i.text)).toEqual([
      'utreda fuktskadorna',
      'åtgärda bristerna.',
      'Föreläggandet förenas inte med vite.',
      'Beslutet gäller omedelbart även om det överklagas.'
    ])
    const minutes = read(
      'PROTOKOLLSUTDRAG\n\n§ 12 Dnr KS 2031/77\n\n# Utegym\n\n**Kommunstyrelsens beslut**\n\n- att anlägga ett ' +
        'utegym\n- att finansiera det ur investeringsramen\n\nBeslutet gäller från 1 maj. Paragrafen justeras ' +
        'omedelbart.\n'
    )
    expect(minutes.proposals?.items.map((i) => i.text)).toEqual([
      'att anlägga ett utegym',
      'att finansiera det ur investeringsramen'
    ])
    const proposal = read(
      'Dnr KS 2031/78\n\n# Borgensram\n\n## Förslag till beslut\n\n1. Borgensramen höjs.\n2. Avgiften ' +
        'fastställs.\n\nKommunfullmäktige fattar det slutliga beslutet.\n\n## Ärendet\n\nBolaget behöver ' +
        'låna.\n'
    )
    expect(proposal.proposals?.items.map((i) => i.text)).toEqual(['Borgensramen höjs.', 'Avgiften fastställs.'])
  })

  it("a note to the reader after a decision (a question, an offer of help) is no item; the decision's own are", () => {
    const page = (after: string) =>
      read(
        '# Beslut i socialnämnden\n\n## Maj 2031\n\n### Hemtjänst i Exempelby\n\nBehandlat i Socialnämnden ' +
          `2031-05-05\n\n#### Beslut\n\nSocialnämnden beslutade att\n\n- anta riktlinjerna\n- ge förvaltningen i ` +
          `uppdrag att följa upp dem\n\n${after}\n`
      ).proposals?.items.map((i) => i.text)
    const list = ['anta riktlinjerna', 'ge förvaltningen i uppdrag att följa upp dem']
    expect(page('Vill du veta mer om beslutet är du välkommen att kontakta socialförvaltningen.')).toEqual(list)
    expect(page('Kontakta socialförvaltningen för mer information.')).toEqual(list)
    expect(page('Har du frågor om beslutet?')).toEqual(list)
    // A decision letter speaks to its recipient too, in sentences that are part of the decision.
    expect(page('Ni ska redovisa åtgärderna senast den 1 juni 2031.')).toEqual([
      ...list,
      'Ni ska redovisa åtgärderna senast den 1 juni 2031.'
    ])
    const sentence = read(
      'PROTOKOLLSUTDRAG\n\nDnr SN 2031/77\n\n# Hemtjänst i Exempelby\n\n## Socialnämndens beslut\n\n' +
        'Socialnämnden beslutar att anta riktlinjerna.\n\nHar du frågor om beslutet kan du kontakta Ebba Lind.\n'
    )
    expect(sentence.proposals?.items.map((i) => i.text)).toEqual(['Socialnämnden beslutar att anta riktlinjerna.'])
  })

  it('the authority a decision was taken under (`Beslutet har fattats med stöd av delegation …`) is no item', () => {
    // A decision letter of numbered items, the authority in a paragraph after the list.
    const letter = items(
      'BESLUT\n\nDatum: 2031-03-02\nDnr: MN 2031/77\n\n# Tillstånd till avloppsanordning\n\n## Beslut\n\n' +
        'Miljönämnden beslutar följande.\n\n1. Nils Wiklund ges tillstånd att inrätta en avloppsanordning.\n' +
        '2. Tillståndet förenas med villkor enligt bilaga 1.\n\nBeslutet har fattats med stöd av delegation ' +
        'från miljönämnden.\n\n## Ärendet\n\nEn ansökan kom in i januari.\n'
    )
    expect(letter).toEqual([
      'Nils Wiklund ges tillstånd att inrätta en avloppsanordning.',
      'Tillståndet förenas med villkor enligt bilaga 1.'
    ])
    // A delegation decision in bullets, the authority naming the delegation order.
    const bullets = items(
      'DELEGATIONSBESLUT\n\nDnr SN 2031/78\n\n# Bidrag till Exempelby föreningsråd\n\n## Beslut\n\n' +
        '- Föreningsrådet beviljas 20 000 kronor.\n- Bidraget betalas ut i april.\n\nDetta beslut är fattat ' +
        'enligt socialnämndens delegationsordning, punkt 4.2.\n'
    )
    expect(bullets).toEqual(['Föreningsrådet beviljas 20 000 kronor.', 'Bidraget betalas ut i april.'])
    // Sentences with no list: the decision's own sentence stays, the authority does not.
    const plain = items(
      'BESLUT\n\nDnr BN 2031/79\n\n# Förlängt bygglov\n\n## Beslut\n\nByggnadsnämnden förlänger bygglovet till ' +
        'den 1 juni 2032.\n\nBeslutet fattas med stöd av delegation från byggnadsnämnden.\n'
    )
    expect(plain).toEqual(['Byggnadsnämnden förlänger bygglovet till den 1 juni 2032.'])
  })

  it("a line that is no sentence after a decision's sentences (a web page's link) is no item", () => {
    const page = read(
      '# Beslut i tekniska nämnden\n\n## Maj 2031\n\n### Belys gångvägen vid Exempelby kyrka\n\nBehandlat på ' +
        'Tekniska nämnden, den 5 maj 2031\n\nEtt förslag om belysning kom in i november.\n\n#### Beslut\n\n' +
        'Tekniska nämnden beslutar att avslå förslaget.\n\nKallelser och protokoll för tekniska nämnden\n'
    )
    expect(page.proposals?.items.map((i) => i.text)).toEqual(['Tekniska nämnden beslutar att avslå förslaget.'])
    const bare = read(
      'Dnr KS 2031/77\n\n# Motion om parkbänkar\n\n## Förslag till beslut\n\nMotionen avslås\n\nFörvaltningen ' +
        'får i uppdrag att se över bänkarna\n'
    )
    expect(bare.proposals?.items.map((i) => i.text)).toEqual([
      'Motionen avslås',
      'Förvaltningen får i uppdrag att se över bänkarna'
    ])
  })

  it('a line that leads into what follows (… följande:, … skickas till:) is text, not a heading', () => {
    const memo = read(
      'Dnr BUN 2031/77\n\nSkolskjuts\n\nFörslag till beslut\n\nNämnden antar riktlinjerna.\n\nÄrendet\n\n' +
        'Riktlinjerna har setts över under våren.\n\nDe viktigaste förändringarna är följande:\n\n- Kortare ' +
        'avstånd för de yngsta eleverna.\n- Skolskjuts från två adresser.\n\nKonsekvenser för barn\n\nFler ' +
        'elever får skolskjuts.\n'
    )
    expect(memo.sections.map((s) => s.heading)).toEqual(['Förslag till beslut', 'Ärendet', 'Konsekvenser för barn'])
    const missive = read(
      'Kommunstyrelsen Dnr: KS 2031/77\n\nTill berörd remissinstans\n\n**Remiss om hemtjänst**\n\nVi ber om ' +
        'svar senast den 22 juni.\n\nRemissvar skickas till:\n\nKommunstyrelsens kansli i digital form. Ange ' +
        'diarienumret i ärenderubriken.\n'
    )
    expect(missive.sections).toEqual([])
  })

  it('a memo without a header date takes the place-and-date line it closes with', () => {
    const r = read(
      'Dnr KS 2022/8\n\nSvar på motion om cykelbanor\n\n## Förslag till beslut\n\nMotionen besvaras.\n\n## ' +
        'Ärendet\n\nMotionen kom in den 3 januari 2022.\n\nLjusdal den 14 mars 2022\n\nEva Lund\nKommunchef\n'
    )
    expect(r.metadata.date).toBe('2022-03-14')
    expect(r.provenance?.['/metadata/date']?.start.line).toBe(13)
  })

  it("the memo's own case number written another way is no reference", () => {
    const r = read(
      'Dnr KS-2022/118.912\n\nRevisionens granskning\n\n## Förslag till beslut\n\nSvaret i tjänsteutlåtande KS ' +
        '2022/118.912 lämnas till revisorerna. Se även KS 2021/77.\n'
    )
    expect(r.references.map((x) => x.caseNumber)).toEqual(['KS 2021/77'])
  })
})

describe('officers, recipients and running headers', () => {
  it('officers on lines of their own under one label, each with the title and phone beside them', () => {
    const r = read(
      'Exempelby kommun\n\nSocialförvaltningen\n\nTJÄNSTESKRIVELSE\n\nSN 2031/77\n\nHandläggare\n\nNils Wiklund, ' +
        'Utredare, 0650-191 11\n\nEbba Lind, Medicinskt ansvarig sjuksköterska, 0650-191 22\n\n**Trygg hemgång**\n\n' +
        '**Förslag till beslut**\n\nNämnden godkänner överenskommelsen.\n'
    )
    expect(r.metadata.officers).toEqual([
      { name: 'Nils Wiklund', title: 'Utredare', phone: '0650-191 11', email: null },
      { name: 'Ebba Lind', title: 'Medicinskt ansvarig sjuksköterska', phone: '0650-191 22', email: null }
    ])
    expect(r.metadata.unclassified).toEqual(['Exempelby kommun'])
  })

  it('the same officers set in one paragraph under a labelled line', () => {
    const r = read(
      'Region Norrby\n\nDnr RS 2031/77\n\nKontaktperson: Nils Wiklund, controller, 010-123 45 67\nEbba Lind, ' +
        'ekonom, 010-123 45 68\n\n## Budget 2032\n\n## Förslag till beslut\n\nRegionstyrelsen antar budgeten.\n'
    )
    expect(r.metadata.officers.map((o) => [o.name, o.title, o.phone])).toEqual([
      ['Nils Wiklund', 'controller', '010-123 45 67'],
      ['Ebba Lind', 'ekonom', '010-123 45 68']
    ])
  })

  it('an officer named only in running text: the person to contact, or the one the text says handles the case', () => {
    const memo = (sentence: string) =>
      `Exempelby kommun\n\nDnr KS 2031/77\n\n# Remiss om kulturprogram\n\nKommunstyrelsen skickar förslaget på ` +
      `remiss.\n\n## Svar\n\nSvaret ska ha kommit in senast den 15 april 2031. ${sentence}\n`
    const contact = read(
      memo(
        'Har ni frågor kan ni kontakta Ebba Lind, kultursamordnare, telefon 0123-456 78, e-post ebba.lind@exempelby.se.'
      )
    )
    expect(contact.metadata.officers).toEqual([
      { name: 'Ebba Lind', title: 'kultursamordnare', phone: '0123-456 78', email: 'ebba.lind@exempelby.se' }
    ])
    const handles = read(memo('Ansvarig handläggare på avdelning III är Nils Wiklund, tfn 070- 12 34 567.'))
    expect([handles.metadata.officer.name, handles.metadata.officer.phone]).toEqual(['Nils Wiklund', '070- 12 34 567'])
    expect(read(memo('Har ni frågor kan ni kontakta Kommunstyrelsens kansli.')).metadata.officer.name).toBeNull()
  })

  it("the header's officer's phone and e-mail from the lines under the name where the officer signs", () => {
    // A decision letter (pandoc's hard line breaks): the officer named in a label row, the contact lines under the
    // signature.
    const letter = read(
      '**BESLUT**\n\n  --------- ---------- ------------\n  Datum     Dnr        Handläggare\n  2031-03-02' +
        '  MN 2031/77  Ebba Lind\n  --------- ---------- ------------\n\n# Tillstånd till värmepump\n\n## ' +
        'Beslut\n\nMiljönämnden ger tillstånd.\n\nPå miljönämndens vägnar\n\nEbba Lind\\\nMiljöinspektör\\\n' +
        '0123-45 67 89\\\nebba.lind@exempelby.se\n'
    )
    expect(letter.metadata.officer).toEqual({
      name: 'Ebba Lind',
      title: 'Miljöinspektör',
      phone: '0123-45 67 89',
      email: 'ebba.lind@exempelby.se'
    })
    // A memo of plain lines: the officer under a label, the contact block at the end with the e-mail only.
    const memo = read(
      'Exempelby kommun\nDatum: 2031-03-02\nDnr: KS 2031/78\nHandläggare: Nils Wiklund\n\n# Ny taxa\n\n## ' +
        'Förslag till beslut\n\nKommunstyrelsen antar taxan.\n\nNils Wiklund\nEkonom\nnils.wiklund@exempelby.se\n'
    )
    expect([memo.metadata.officer.name, memo.metadata.officer.email]).toEqual([
      'Nils Wiklund',
      'nils.wiklund@exempelby.se'
    ])
    // Lines under the name with no phone or e-mail, or a sentence, give nothing.
    const none = read(
      'Dnr: KS 2031/79\nHandläggare: Nils Wiklund\n\n# Ny taxa\n\n## Förslag till beslut\n\nKommunstyrelsen ' +
        'antar taxan.\n\nNils Wiklund\nEkonom\nKommunledningskontoret\n'
    )
    expect([none.metadata.officer.phone, none.metadata.officer.email]).toEqual([null, null])
  })

  it('an organisation and its unit after a comma are one recipient; two bodies are two', () => {
    const memo = (list: string) =>
      `Dnr KS 2031/77\n\n# Gatubelysning\n\n## Förslag till beslut\n\nNämnden antar planen.\n\n## Beslutet ` +
      `skickas till\n\n${list}\n`
    expect(
      read(memo('Region Norrby, Hälso- och sjukvårdsförvaltningen\nExempelby Energi AB, nätenheten')).distribution
    ).toEqual({
      heading: 'Beslutet skickas till',
      recipients: ['Region Norrby, Hälso- och sjukvårdsförvaltningen', 'Exempelby Energi AB, nätenheten']
    })
    expect(read(memo('Kommunstyrelsen, Socialnämnden')).distribution?.recipients).toEqual([
      'Kommunstyrelsen',
      'Socialnämnden'
    ])
  })

  it("a header's unit named again alone among recipients is a recipient, not a running header", () => {
    const r = read(
      'Exempelby kommun\n\nSamhällsbyggnadsförvaltningen\n\nMiljö- och livsmedelsenheten\n\nDatum 2031-04-07\n\n' +
        'Dnr SBN 2031/77\n\n# Ny taxa\n\n## Förslag till beslut\n\nTaxan antas.\n\n## Expedieras till\n\n' +
        'Kommunfullmäktige\n\nMiljö- och livsmedelsenheten\n'
    )
    expect(r.distribution?.recipients).toEqual(['Kommunfullmäktige', 'Miljö- och livsmedelsenheten'])
    const paged = read(
      'Exempelby kommun\n\nMiljö- och livsmedelsenheten\n\nDatum 2031-04-07\n\nDnr SBN 2031/77\n\n# Ny taxa\n\n' +
        '## Förslag till beslut\n\nTaxan antas.\n\nSida 2 av 2\n\nMiljö- och livsmedelsenheten\n\n## Ärendet\n\n' +
        'Taxan har inte ändrats sedan länge.\n'
    )
    expect(paged.proposals?.items.map((i) => i.text)).toEqual(['Taxan antas.'])
    expect(paged.sections.map((s) => [s.heading, s.text])).toEqual([
      ['Förslag till beslut', 'Taxan antas.'],
      ['Ärendet', 'Taxan har inte ändrats sedan länge.']
    ])
  })
})

describe('tables, read through GFM from their cells', () => {
  const body =
    '# Riktlinjer för representation\n\n## Förslag till beslut\n\nKommunstyrelsen antar riktlinjerna.\n\n' +
    '## Ärendet\n\nRiktlinjerna ersätter de tidigare.\n'
  const officers = (r: ReturnType<typeof read>) => r.metadata.officers.map((o) => [o.name, o.phone, o.email])

  it('a letterhead of label | value rows, the address a link in its cell, each value placed at its cell', () => {
    const text =
      '| Tjänsteskrivelse |   |\n|---|---|\n| Datum | 2031-01-02 |\n| Diarienummer | KS 2031/77 |\n' +
      '| Handläggare | Ebba Lind |\n| Telefon | 0123-456 78 |\n| E-post | ebba.lind@exempelby.se |\n\n' +
      body
    const r = read(text)
    expect([r.metadata.date, r.metadata.caseNumber, r.metadata.title]).toEqual([
      '2031-01-02',
      'KS 2031/77',
      'Riktlinjer för representation'
    ])
    expect(officers(r)).toEqual([['Ebba Lind', '0123-456 78', 'ebba.lind@exempelby.se']])
    // `| Diarienummer | KS 2031/77 |`: the value's own cell, not the whole row.
    expect(r.provenance?.['/metadata/caseNumber']).toEqual({
      start: { line: 4, column: 18, offset: 75 },
      end: { line: 4, column: 28, offset: 85 }
    })
    expect(text.slice(75, 85)).toBe('KS 2031/77')
  })

  it("values from front matter stand on their keys' lines, Swedish keys and an officer mapping alike", () => {
    const text =
      '---\ndiarienummer: KS 2031/77\nrubrik: Riktlinjer för representation\nhandläggare:\n' +
      '  namn: Ebba Lind\n  telefon: 0123-456 78\n---\n\n# Riktlinjer för representation\n\n' +
      '## Förslag till beslut\n\nAtt anta riktlinjerna.\n'
    const r = read(text)
    const at = (pointer: string) => {
      const p = r.provenance?.[pointer]
      return p ? text.slice(p.start.offset, p.end.offset) : undefined
    }
    expect([at('/metadata/caseNumber'), at('/metadata/caseRef'), at('/metadata/title')]).toEqual([
      'diarienummer: KS 2031/77',
      'diarienummer: KS 2031/77',
      'rubrik: Riktlinjer för representation'
    ])
    expect([at('/metadata/officer/name'), at('/metadata/officer/phone')]).toEqual([
      'namn: Ebba Lind',
      'telefon: 0123-456 78'
    ])
  })

  it('a value in an indented block (a letterhead cell a conversion set far right) is placed on its own line', () => {
    const text =
      'Exempelby kommun\n\n                                       Dnr: KS 2031/77\n  ----------- -----------\n\n' + body
    const r = read(text)
    const p = r.provenance?.['/metadata/caseNumber']
    expect(r.metadata.caseNumber).toBe('KS 2031/77')
    expect(p?.start.line).toBe(3)
    expect(text.slice(p!.start.offset, p!.end.offset)).toBe('Dnr: KS 2031/77')
  })

  it('a label row over a value row: Label<br>value cells, a merged cell, empty cells, no outer pipes', () => {
    const r = read(
      'Exempelby kommun | Exempelby kommun | TJÄNSTESKRIVELSE\n--- | --- | ---\n' +
        'Kommunledningsförvaltningen | | Datum<br>2031-01-02\n' +
        'Handläggare<br>Ebba Lind<br>0123-456 78<br>ebba.lind@exempelby.se | Diarienummer<br>`KS 2031/77` | \n\n' +
        body
    )
    expect([r.metadata.unit, r.metadata.date, r.metadata.caseNumber]).toEqual([
      'Kommunledningsförvaltningen',
      '2031-01-02',
      'KS 2031/77'
    ])
    expect(officers(r)).toEqual([['Ebba Lind', '0123-456 78', 'ebba.lind@exempelby.se']])
  })

  it('a signature table: names over titles under an empty header row, each title placed at its cell', () => {
    const r = read(`${body}\n|   |   |\n|---|---|\n| Nils Wiklund | Ebba Lind |\n| Kommundirektör | Utredare |\n`)
    expect(names(r)).toEqual([
      ['Nils Wiklund', 'Kommundirektör'],
      ['Ebba Lind', 'Utredare']
    ])
    expect(r.provenance?.['/signatures/signatories/1/title']).toEqual({
      start: { line: 14, column: 20, offset: 210 },
      end: { line: 14, column: 28, offset: 218 }
    })
  })

  it('a signature table of Name<br>Title cells in its header row, with no outer pipes and an escaped pipe', () => {
    const r = read(`${body}\nNils Wiklund<br>Kommundirektör | Ebba Lind<br>Utredare \\| HR\n--- | ---\n`)
    expect(names(r)).toEqual([
      ['Nils Wiklund', 'Kommundirektör'],
      ['Ebba Lind', 'Utredare | HR']
    ])
  })

  it('pipe rows that are no table (no delimiter row) are read as columns set in lines', () => {
    const r = read('| Datum | Diarienummer | Handläggare |\n| 2031-01-02 | KS 2031/77 | Ebba Lind |\n\n' + body)
    expect([r.metadata.date, r.metadata.caseNumber, r.metadata.officer.name]).toEqual([
      '2031-01-02',
      'KS 2031/77',
      'Ebba Lind'
    ])
  })

  it('an address and a web site in plain lines are read as written (GFM makes links of them)', () => {
    const text =
      'Kommunledningsförvaltningen\n\nDatum 2031-01-02\nDnr KS 2031/77\n\nHandläggare: Ebba Lind\nE-post: ' +
      'ebba.lind@exempelby.se\n\n' +
      body +
      '\nExempelby kommun, Box 77, 123 45 Exempelby, www.exempelby.se\n'
    const { record, tree } = compile(new TextEncoder().encode(text), { path: 'memo.md' })
    expect(officers(record)).toEqual([['Ebba Lind', null, 'ebba.lind@exempelby.se']])
    expect(record.metadata.unit).toBe('Kommunledningsförvaltningen')
    const header = tree.children.find((n) => n.type === 'header')
    expect(header?.children.map((l) => l.text).at(-1)).toBe('E-post: ebba.lind@exempelby.se')
    expect(record.pageFurniture).toEqual(['Exempelby kommun, Box 77, 123 45 Exempelby, www.exempelby.se'])
  })
})

describe('converter line breaks inside a paragraph', () => {
  const memo = (signature: string) =>
    `Exempelby kommun\n\nDnr KFN 2031/77\n\n# Bidrag till hembygdsföreningen\n\n## Förslag till beslut\n\n` +
    `Nämnden beviljar bidraget.\n\n## Ärendet\n\nFöreningen har ansökt om bidrag.\n\n${signature}\n\n` +
    `## Beslutet skickas till\n\nEkonomienheten\n`

  it('Name<br>Title paragraphs sign as name and title, the title starting after the break', () => {
    const r = read(memo('Ebba Lind<br>Fritidskonsulent\n\nNils Wiklund<br/>Kultur- och fritidschef'))
    expect(names(r)).toEqual([
      ['Ebba Lind', 'Fritidskonsulent'],
      ['Nils Wiklund', 'Kultur- och fritidschef']
    ])
    expect(r.provenance?.['/signatures/signatories/0/title']).toEqual({
      start: { line: 15, column: 14, offset: 180 },
      end: { line: 15, column: 30, offset: 196 }
    })
  })

  it('a letterhead of Line<br>Line paragraphs: the unit under the organisation, the officer under the label', () => {
    const r = read(
      'Exempelby kommun<br>Kultur- och fritidsförvaltningen\n\nHandläggare<br>Ebba Lind<br>0123-456 78\n\n' +
        'Dnr KFN 2031/77\n\n# Bidrag till hembygdsföreningen\n\n## Förslag till beslut\n\nNämnden beviljar bidraget.\n'
    )
    expect(r.metadata.unit).toBe('Kultur- och fritidsförvaltningen')
    expect(r.metadata.officers).toEqual([{ name: 'Ebba Lind', title: null, phone: '0123-456 78', email: null }])
  })
})

describe('officers named beside what a template prints', () => {
  const memo = (header: string) =>
    `Exempelby kommun\n\nKultur- och fritidsförvaltningen\n\nTJÄNSTESKRIVELSE\n\n${header}\n\nDnr KFN 2031/77\n\n` +
    `Till Kultur- och fritidsnämnden\n\n## Bidrag till hembygdsföreningen\n\n## Förslag till beslut\n\n` +
    `Nämnden beviljar bidraget.\n`
  const officers = (r: ReturnType<typeof read>) => r.metadata.officers.map((o) => [o.name, o.title, o.phone])

  it('a name and a title under a reference label', () => {
    expect(officers(read(memo('Vår referens: Ebba Lind, fritidskonsulent\n\nTelefon: 0123-456 78')))).toEqual([
      ['Ebba Lind', 'fritidskonsulent', '0123-456 78']
    ])
    expect(officers(read(memo('Referens Nils Wiklund, utredare')))).toEqual([['Nils Wiklund', 'utredare', null]])
  })

  it('a name and a phone on a line without a label, alone or under a unit line', () => {
    expect(officers(read(memo('Ebba Lind, 0123-456 78')))).toEqual([['Ebba Lind', null, '0123-456 78']])
    const r = read(
      'EXEMPELBY KOMMUN\nTJÄNSTESKRIVELSE\n2031-04-05\nKommunledningsförvaltningen Dnr KS 2031/77\nNils Wiklund, ' +
        '0123-456 79\n\nKommunstyrelsen\n\nBidrag till hembygdsföreningen\n\nFöreningen har ansökt om bidrag ' +
        'för en ny entré.\n'
    )
    expect(officers(r)).toEqual([['Nils Wiklund', null, '0123-456 79']])
    expect(r.metadata.unit).toBe('Kommunledningsförvaltningen')
  })

  it('a row of officer labels over their names and phones side by side', () => {
    expect(
      officers(
        read(memo('Handläggare, telefon Handläggare, telefon\n\nEbba Lind, 0123-456 78 Nils Wiklund, 0123-456 79'))
      )
    ).toEqual([
      ['Ebba Lind', null, '0123-456 78'],
      ['Nils Wiklund', null, '0123-456 79']
    ])
    expect(officers(read(memo('Handläggare Handläggare\n\nEbba Lind, Nils Wiklund')))).toEqual([
      ['Ebba Lind', null, null],
      ['Nils Wiklund', null, null]
    ])
  })
})

describe('a decision with no heading, its lead-in on a line of its own', () => {
  const memo = (decision: string) =>
    `| Exempelby kommun | | |\n|---|---|---|\n| Samhällsbyggnadsförvaltningen | | TJÄNSTESKRIVELSE |\n` +
    `| Handläggare | Datum | Diarienummer |\n| Ebba Lind | 2031-04-05 | SBN 2031/77 |\n\n` +
    `Till Samhällsbyggnadsnämnden\n\n**Detaljplan för kvarteret Ekorren**\n\nPlanen har varit ute på samråd ` +
    `under våren och förvaltningen har bearbetat förslaget.\n\n${decision}\n\nEbba Lind\nPlanarkitekt\n`
  const items = (r: ReturnType<typeof read>) => r.proposals?.items.map((i) => i.text)

  it('a lead-in over a numbered list: the items, and no section of the lead-in', () => {
    const r = read(
      memo('Samhällsbyggnadsnämnden föreslås besluta\n\n1. Samrådsredogörelsen godkänns.\n2. Planen ställs ut.')
    )
    expect(items(r)).toEqual(['Samrådsredogörelsen godkänns.', 'Planen ställs ut.'])
    expect(r.sections).toEqual([])
  })

  it('a lead-in over att-clauses, one paragraph each, in plain lines', () => {
    const r = read(
      memo('Nämnden föreslås besluta\n\natt godkänna samrådsredogörelsen,\n\natt ställa ut planen för granskning.')
    )
    expect(items(r)).toEqual(['att godkänna samrådsredogörelsen', 'att ställa ut planen för granskning.'])
    expect(r.sections).toEqual([])
  })
})

describe('a distribution list under sub-headings', () => {
  const memo = (distribution: string) =>
    `Exempelby kommun\n\nDnr TN 2031/77\n\n# Hastighetsplan\n\n## Förslag till beslut\n\nNämnden fastställer ` +
    `planen.\n\n${distribution}\n`

  it('Markdown sub-headings one level down: every recipient, in order, and each sub-heading a section', () => {
    const r = read(
      memo(
        '## Beslutet skickas till\n\n### För verkställighet\n\n- Gatuenheten\n- Polisen\n\n### För kännedom\n\n' +
          '- Kommunstyrelsen\n\n## Bilagor\n\nHastighetsplan'
      )
    )
    expect(r.distribution).toEqual({
      heading: 'Beslutet skickas till',
      recipients: ['Gatuenheten', 'Polisen', 'Kommunstyrelsen']
    })
    expect(r.sections.map((s) => s.heading)).toEqual([
      'Förslag till beslut',
      'Beslutet skickas till',
      'För verkställighet',
      'För kännedom',
      'Bilagor'
    ])
  })

  it('bold sub-headings under a bold heading, one of them unlisted, recipients in plain lines', () => {
    const r = read(
      memo(
        '**Expedieras till**\n\n**Internt**\n\nEkonomienheten\nGatuenheten\n\n**För kännedom**\n\nRegion Exempelland'
      )
    )
    expect(r.distribution?.recipients).toEqual(['Ekonomienheten', 'Gatuenheten', 'Region Exempelland'])
  })
})

describe('the unit and the addressee as the letterhead writes them', () => {
  const body = '\n\n# Riktlinjer för ekonomiskt bistånd\n\n## Förslag till beslut\n\nNämnden antar riktlinjerna.\n'

  it('a unit line and a sub-unit line without a unit word are one unit, beside a document type and a date', () => {
    const columns = read(
      'Socialförvaltningen TJÄNSTESKRIVELSE\nIndivid- och familjeomsorgen 2031-04-05\nSN 2031/77 1 (2)\n\n' +
        'Handläggare Ebba Lind' +
        body
    )
    expect([columns.metadata.unit, columns.metadata.date, columns.metadata.unclassified]).toEqual([
      'Socialförvaltningen, Individ- och familjeomsorgen',
      '2031-04-05',
      []
    ])
    const lines = read('Exempelby kommun\n\nRegionstaben\nHälsa och vård\n\nDnr RS 2031/78' + body)
    expect(lines.metadata.unit).toBe('Regionstaben, Hälsa och vård')
  })

  it('a label word after a preposition is part of the addressee, not a label', () => {
    const r = read('Exempelby kommun\n\nDnr KS 2031/77\n\nTill remissinstanserna enligt sändlista' + body)
    expect([r.metadata.addressee, r.distribution]).toEqual(['remissinstanserna enligt sändlista', null])
    expect(read('Dnr KS 2031/77\n\nTill nämnderna som anges under expediering' + body).metadata.addressee).toBe(
      'nämnderna som anges under expediering'
    )
  })
})

describe('plain headings with no blank lines around them', () => {
  const header =
    'Exempelby kommun\nBarn- och utbildningsförvaltningen\nTJÄNSTESKRIVELSE\nDatum 2031-04-05\nDnr BUN 2031/77\n\n' +
    'Barn- och utbildningsnämnden\n\n'
  const headings = (r: ReturnType<typeof read>) => r.sections.map((s) => [s.heading, s.role])

  it('a title over a listed heading, and unlisted headings after sentences, each over its wrapped text', () => {
    const r = read(
      header +
        'Ny skolskjutslinje till Norrby skola\nÄrendet\nFrån hösten flyttar eleverna i årskurs 4–6 från Söderby ' +
        'skola till Norrby\nskola. Linjen behöver därför ändras.\n\nBarn- och utbildningsförvaltningens bedömning\n' +
        'Den nya linjen gör att eleverna slipper gå längs den stora vägen där hastigheten är hög.\nRestiden blir ' +
        'kortare för de flesta.\nTrygghet för eleverna\nVårdnadshavarna har fått svara på frågor om vägen till ' +
        'hållplatsen och om\nväntetiden vid skolan.\nFörslag till beslut\nNämnden godkänner den nya linjen.\n'
    )
    expect(r.metadata.title).toBe('Ny skolskjutslinje till Norrby skola')
    expect(headings(r)).toEqual([
      ['Ärendet', 'description'],
      ['Barn- och utbildningsförvaltningens bedömning', 'assessment'],
      ['Trygghet för eleverna', 'other'],
      ['Förslag till beslut', 'proposals']
    ])
    expect(r.sections[2]!.text).toBe(
      'Vårdnadshavarna har fått svara på frågor om vägen till hållplatsen och om väntetiden vid skolan.'
    )
    expect(r.proposals?.items.map((i) => i.text)).toEqual(['Nämnden godkänner den nya linjen.'])
  })

  it('an unlisted heading first in its paragraph, over one sentence; a short sentence start is no heading', () => {
    const r = read(
      header +
        '# Ny skolskjutslinje\n\nSamverkan med personalen\nÄrendet har behandlats i samverkansgruppen den 14 ' +
        'september 2031.\n\nFörslag till beslut\n\nNämnden godkänner den nya linjen.\n'
    )
    expect(headings(r)).toEqual([
      ['Samverkan med personalen', 'other'],
      ['Förslag till beslut', 'proposals']
    ])
    const text = read(
      header +
        '# Ny skolskjutslinje\n\n## Ärendet\n\nLinjen har körts sedan länge och behöver ses över nu.\nDen nya ' +
        'linjen\nkör via Norrby. Eleverna har fått svara på frågor om hur de reser i dag.\n'
    )
    expect(text.sections.map((s) => s.heading)).toEqual(['Ärendet'])
  })
})

describe('header labels, officers and case numbers in the layouts of other archives', () => {
  const body =
    '# Riktlinjer för skolskjuts\n\n## Förslag till beslut\n\nNämnden antar riktlinjerna.\n\n## Ärendet\n\n' +
    'Riktlinjerna ersätter de tidigare från 2028.\n'
  const header = (r: ReturnType<typeof read>) => [
    r.metadata.caseNumber,
    r.metadata.date,
    r.metadata.unit,
    r.metadata.officer.name,
    r.metadata.officer.phone,
    r.metadata.officer.email
  ]

  it('a letterhead that a rule under it made one heading (a pandoc simple table) is read as header lines', () => {
    const twoColumns = read(
      '  ------------------------------------------------------------\n' +
        '  **Exempelby kommun**                   **TJÄNSTESKRIVELSE**\n' +
        '  Barn- och utbildningsförvaltningen     Datum: 2031-09-21\n' +
        '  Handläggare: Nils Wiklund              Dnr: BUN 2031.456\n' +
        '  Tfn: 0171-525 31                       Sida: 1 (3)\n' +
        '  E-post: nils.wiklund@exempelby.se\n' +
        '  ------------------------------------------------------------\n\n' +
        body
    )
    expect(header(twoColumns)).toEqual([
      'BUN 2031.456',
      '2031-09-21',
      'Barn- och utbildningsförvaltningen',
      'Nils Wiklund',
      '0171-525 31',
      'nils.wiklund@exempelby.se'
    ])
    expect(twoColumns.metadata.title).toBe('Riktlinjer för skolskjuts')
    expect(twoColumns.sections.map((s) => s.heading)).toEqual(['Förslag till beslut', 'Ärendet'])
    const oneColumn = read('Socialförvaltningen\nDatum 2031-03-01\nDnr SN 2031/77\n---\n\n' + body)
    expect(header(oneColumn)).toEqual(['SN 2031/77', '2031-03-01', 'Socialförvaltningen', null, null, null])
    expect(oneColumn.metadata.title).toBe('Riktlinjer för skolskjuts')
    // A title that wraps over two lines under its rule is still a title.
    const wrapped = read(
      'Dnr SN 2031/77\n\nRiktlinjer för skolskjuts\nvid växelvis boende\n---\n\nNämnden antar dem.\n'
    )
    expect(wrapped.metadata.title).toBe('Riktlinjer för skolskjuts vid växelvis boende')
  })

  it("a header run together on a line: a phone's last groups before the next label are no postcode", () => {
    const labels = read(
      'EXEMPELBY KOMMUN DELEGATIONSBESLUT Datum 2031-06-28 Dnr KS 2031.233 Sida 1(2)\n\n' +
        'Kommunledningsförvaltningen Handläggare Ebba Lind, säkerhetssamordnare Telefon 0587-811 37 E-post ' +
        'ebba.lind@exempelby.se\n\n' +
        body
    )
    expect(header(labels)).toEqual([
      'KS 2031.233',
      '2031-06-28',
      'Kommunledningsförvaltningen',
      'Ebba Lind',
      '0587-811 37',
      'ebba.lind@exempelby.se'
    ])
    expect(labels.metadata.officer.title).toBe('säkerhetssamordnare')
    const colons = read(
      'Dnr: KS 2031/17 Datum: 2031-02-03\n\nSocialkontoret Handläggare: Nils Wiklund Tfn: 0611-348 21 E-post: ' +
        'nils.wiklund@exempelby.se\n\n' +
        body
    )
    expect(header(colons)).toEqual([
      'KS 2031/17',
      '2031-02-03',
      'Socialkontoret',
      'Nils Wiklund',
      '0611-348 21',
      'nils.wiklund@exempelby.se'
    ])
    // A footer with a postcode and a web site is still an address.
    expect(isAddressLine('Exempelby kommun, 821 80 Exempelby, www.exempelby.se')).toBe(true)
    expect(isAddressLine('Telefon 0587-811 37 E-post ebba.lind@exempelby.se')).toBe(false)
  })

  it("under an officer label, the words after the name and a comma are the officer's title by their place", () => {
    const memo = (lines: string) => `Exempelby kommun\nSamhällsbyggnadsförvaltningen\n\n${lines}\n\n${body}`
    const inLine = read(
      memo('Datum 2031-04-06\nDnr 2031/87 KS\nHandläggare Ebba Lind, kommunekolog\nTelefon 0503-351 27')
    )
    expect([inLine.metadata.officer.name, inLine.metadata.officer.title, inLine.metadata.officer.phone]).toEqual([
      'Ebba Lind',
      'kommunekolog',
      '0503-351 27'
    ])
    const below = read(memo('Dnr KS 2031/87\n\nHandläggare:\n\nNils Wiklund, kommunbiolog'))
    expect([below.metadata.officer.name, below.metadata.officer.title]).toEqual(['Nils Wiklund', 'kommunbiolog'])
    // A capitalised word after the comma is no title: a place, or another name.
    const place = read(memo('Dnr KS 2031/87\nHandläggare: Nils Wiklund, Exempelby'))
    expect(place.metadata.officer.title).toBeNull()
  })

  it('a decision letter: the organ that decided is the unit, not the recipient; Ert datum is not the date', () => {
    const table = read(
      '<!-- image -->\n\n| Kultur- och fritidsnämnden | MEDDELANDE OM BESLUT |\n|---|---|\n' +
        '| Datum | Vår beteckning |\n| 2031-03-24 | 2031/41 KFN |\n| Handläggare | Ert datum |\n' +
        '| Ebba Lind, fritidskonsulent | 2031-01-28 |\n| 0325-57 64 12 | Sida 1 (2) |\n\n' +
        'Exempelby Idrottsförening\nAtt. Nils Wiklund\nIdrottsvägen 3\n514 40 Exempelby\n\n' +
        '## Beslut om bidrag till konstgräsplan\n\n## Beslut\n\nKultur- och fritidsnämnden beviljar bidraget.\n'
    )
    expect(header(table)).toEqual([
      '2031/41 KFN',
      '2031-03-24',
      'Kultur- och fritidsnämnden',
      'Ebba Lind',
      '0325-57 64 12',
      null
    ])
    expect(table.metadata.documentType).toBe('meddelande om beslut')
    expect(table.metadata.officers).toHaveLength(1)
    const lines = read(
      'Socialnämnden\n\nUnderrättelse om beslut\n\nDatum 2031-05-02\nDnr SN 2031/12\nErt datum 2031-04-01\n' +
        'Handläggare Nils Wiklund, biståndshandläggare\n\nHyresgästföreningen Exempelby\n\n' +
        '## Beslut om bostadsanpassning\n\n## Beslut\n\nSocialnämnden beviljar bidraget.\n'
    )
    expect(header(lines)).toEqual(['SN 2031/12', '2031-05-02', 'Socialnämnden', 'Nils Wiklund', null, null])
    expect(lines.metadata.officers).toHaveLength(1)
  })

  it('an officer whose name has letters of Latin Extended (č, ć, ž, ł) is named, on the label line or under it', () => {
    const memo = (lines: string) => `Stadsdelsförvaltningen Norra Exempelby\n\nDnr SDN 2031/412\n\n${lines}\n\n${body}`
    expect(read(memo('Handläggare: Amra Kovačević\nTelefon: 031-366 24 18')).metadata.officers).toEqual([
      { name: 'Amra Kovačević', title: null, phone: '031-366 24 18', email: null }
    ])
    expect(read(memo('Handläggare\nŁukasz Nowak\nTelefon: 031-366 24 19')).metadata.officers).toEqual([
      { name: 'Łukasz Nowak', title: null, phone: '031-366 24 19', email: null }
    ])
  })

  it("an organisation's name above the labelled officer is no second officer", () => {
    const memo = (organisation: string) =>
      `**${organisation}**\nKoncernavdelning regional utveckling\n\n**Tjänsteutlåtande**\n\n` +
      'Datum: 2031-09-14\nDiarienummer: RUN 2031-00312\n\nHandläggare: Ebba Lind\nTelefon: 010-441 23 67\n\n' +
      body
    // A word that ends in what an organisation is (`-regionen`), and two capitalised words that only their place
    // above the labelled officer tells from a name.
    for (const organisation of ['Norra Exempelregionen', 'Exempelby Energi']) {
      const r = read(memo(organisation))
      expect(r.metadata.officers.map((o) => [o.name, o.phone])).toEqual([['Ebba Lind', '010-441 23 67']])
    }
    expect(read(memo('Norra Exempelregionen')).metadata.unclassified).toEqual(['Norra Exempelregionen'])
  })

  it('a letterhead of label | value cells side by side, a seven-digit case number, the contact in the text', () => {
    const r = read(
      '<!-- image -->\n\n| Region Exempelland | | REMISS |\n|---|---|---|\n' +
        '| Kollektivtrafiken | Datum | 2031-05-08 |\n' +
        '| | Vår referens | Ebba Lind |\n| | Dnr | 3101187 |\n| | Sida | 1 (3) |\n\n' +
        '## Remiss: Trafikprogram för Exempelland\n\nRegionen skickar förslaget på remiss. Nuvarande program ' +
        'antogs 2029 (dnr 2902233) och gäller till och med 2032.\n\n## Hur ni svarar\n\n' +
        'Ange diarienummer 3101187 i ämnesraden. Frågor om remissen besvaras av Ebba Lind, strateg, ' +
        'telefon 010-489 12 34, e-post ebba.lind@exempelland.se.\n'
    )
    expect(header(r)).toEqual([
      '3101187',
      '2031-05-08',
      'Kollektivtrafiken',
      'Ebba Lind',
      '010-489 12 34',
      'ebba.lind@exempelland.se'
    ])
    expect(r.metadata.caseRef).toEqual({ series: null, year: 2031, sequence: 1187 })
    expect(r.references.map((c) => c.caseNumber)).toEqual(['2902233'])
    // Seven digits outside a label are no case number.
    expect(read(`Datum 2031-05-08\n\n${body}\nKostnaden är 3101187 kronor.\n`).references).toEqual([])
    // The same layout in lines: a label over its value, the number on the next line.
    const lines = read('Region Exempelland\nKollektivtrafiken\n\nDnr\n\n3101187\n\nDatum 2031-05-08\n\n' + body)
    expect([lines.metadata.caseNumber, lines.metadata.unit]).toEqual(['3101187', 'Kollektivtrafiken'])
  })

  it("a web page's controls and breadcrumb are furniture; its facts after the lead give the case", () => {
    const slashes = read(
      'Hoppa till huvudinnehåll\n\nExempelby kommun\n\nMeny Sök\n\nStart / Kommun och politik / Beslut i korthet\n\n' +
        '# Skolan byggs om till trygghetsboende\n\nPublicerad: 27 april 2031\n\nKommunfullmäktige har beslutat att ' +
        'den gamla skolan ska byggas om.\n\nBeslutande organ: Kommunfullmäktige\nSammanträde: 25 april 2031\n' +
        'Diarienummer: KS 2031/214\n\n## Bakgrund\n\nSkolan har stått tom sedan 2029.\n'
    )
    expect(header(slashes)).toEqual(['KS 2031/214', '2031-04-25', 'Kommunfullmäktige', null, null, null])
    expect(slashes.references).toEqual([])
    expect(slashes.metadata.unclassified).toEqual(['Exempelby kommun'])
    const arrows = read(
      'Hoppa till innehållet\n\nLogga in\n\nStartsida > Kommun och politik > Aktuella beslut\n\n' +
        '# Nytt reglemente för kulturnämnden\n\nKommunstyrelsen har antagit ett nytt reglemente. Det gäller från ' +
        'första juli.\n\nBeslutsorgan: Kommunstyrelsen\nDiarienummer: KS 2031/19\n\n## Bakgrund\n\n' +
        'Det gamla reglementet var från 2019.\n'
    )
    expect(header(arrows)).toEqual(['KS 2031/19', null, 'Kommunstyrelsen', null, null, null])
    expect(arrows.metadata.unclassified).toEqual([])
  })
})

describe('units and titles in a letterhead that a conversion ran together', () => {
  const body = '\n\nFörslag till beslut\n\nNämnden antar taxan.\n\nÄrendebeskrivning\n\nTaxan har setts över.\n'
  const unitOf = (text: string) => read(text).metadata

  it("the organisation's name run into its unit's or body's name on one line is not part of the unit", () => {
    const capitals = unitOf(
      'EXEMPELBY KOMMUN Socialförvaltningen\n\nTJÄNSTESKRIVELSE 2031-05-02 Dnr SN 2031/77 1 (2)\n\nHandläggare ' +
        'Nils Wiklund\n\nSocialnämnden\n\nTaxa för färdtjänst' +
        body
    )
    expect([capitals.unit, capitals.addressee, capitals.title, capitals.officer.name]).toEqual([
      'Socialförvaltningen',
      'Socialnämnden',
      'Taxa för färdtjänst',
      'Nils Wiklund'
    ])
    // A region's name of two words, and a unit's name that opens with a split compound.
    const region = unitOf(
      'Region Exempelland Hälso- och sjukvårdsförvaltningen\n\nTJÄNSTESKRIVELSE 2031-05-02 Dnr RS 2031/77\n\n' +
        'Taxa för färdtjänst' +
        body
    )
    expect([region.unit, region.title]).toEqual(['Hälso- och sjukvårdsförvaltningen', 'Taxa för färdtjänst'])
  })

  it("a decision letter's letterhead: organisation, deciding body and document type on one line", () => {
    const r = unitOf(
      'Exempelby kommun Kommunstyrelsen MEDDELANDE OM BESLUT Sida 1(2)\n\nDatum Vår beteckning KS/2031:77\n\n' +
        'Handläggare Ebba Lind, kommunsekreterare Telefon\n\nAnsökan om bidrag till bygdegården' +
        '\n\nBeslut\n\nKommunstyrelsen beslutar att bevilja bidraget.\n'
    )
    expect([r.documentType, r.unit, r.officer.name, r.title]).toEqual([
      'meddelande om beslut',
      'Kommunstyrelsen',
      'Ebba Lind',
      'Ansökan om bidrag till bygdegården'
    ])
  })

  it("an agenda item: the meeting's organ is the unit under a kallelse and föredragningslista", () => {
    const r = unitOf(
      'KALLELSE/FÖREDRAGNINGSLISTA\nBarn- och utbildningsnämnden\nSammanträdesdatum 2031-03-14\nSida 4 av 12\n\n' +
        'Ärende 3\n\nSkolskjuts för gymnasieelever\nDnr BUN 2031/77' +
        body
    )
    expect([r.documentType, r.unit, r.date, r.caseNumber, r.title]).toEqual([
      'kallelse/föredragningslista',
      'Barn- och utbildningsnämnden',
      '2031-03-14',
      'BUN 2031/77',
      'Skolskjuts för gymnasieelever'
    ])
  })

  it("the unit's line with the officer's name and title run on: unit, officer and title apart", () => {
    const comma = unitOf(
      'TJÄNSTESKRIVELSE Datum Dnr ON 2031/\n\nOmsorgsförvaltningen Ebba Lind, avgiftshandläggare Telefon E-post ' +
        'ebba.lind@exempelby.se\n\nOmsorgsnämnden\n\nAvgifter inom hemtjänstområdet' +
        body
    )
    expect([comma.unit, comma.officer.name, comma.officer.email, comma.addressee, comma.title]).toEqual([
      'Omsorgsförvaltningen',
      'Ebba Lind',
      'ebba.lind@exempelby.se',
      'Omsorgsnämnden',
      'Avgifter inom hemtjänstområdet'
    ])
    expect(comma.officers).toEqual([
      { name: 'Ebba Lind', title: 'avgiftshandläggare', phone: null, email: 'ebba.lind@exempelby.se' }
    ])
    const noComma = unitOf(
      'Tekniska förvaltningen Nils Wiklund gatuingenjör\n\nDnr TN 2031/77\n\nVinterväghållning' + body
    )
    expect([noComma.unit, noComma.officer.name, noComma.officers[0]?.title]).toEqual([
      'Tekniska förvaltningen',
      'Nils Wiklund',
      'gatuingenjör'
    ])
  })

  it("a unit's line that runs on into the officer's labels, phone and e-mail is no address footer", () => {
    const rec = read(
      'EXEMPELBY KOMMUN DELEGATIONSBESLUT Datum 2031-06-28 Dnr KS 2031.77 Sida 1(2)\n\nKommunledningsförvaltningen ' +
        'Handläggare Nils Wiklund, säkerhetssamordnare Telefon 0587-811 37 E-post nils.wiklund@exempelby.se\n\n' +
        'Yttrande över ansökan om höstmarknad' +
        body
    )
    expect([rec.metadata.unit, rec.metadata.title, rec.pageFurniture]).toEqual([
      'Kommunledningsförvaltningen',
      'Yttrande över ansökan om höstmarknad',
      []
    ])
    expect(rec.metadata.officers).toEqual([
      { name: 'Nils Wiklund', title: 'säkerhetssamordnare', phone: '0587-811 37', email: 'nils.wiklund@exempelby.se' }
    ])
  })

  it('a title that names a unit, an area or a place after a preposition is the title, not the unit', () => {
    const memo = (title: string) =>
      unitOf(`Samhällsbyggnadsförvaltningen\n\nDnr BN 2031/77\n\nHandläggare: Nils Wiklund\n\n${title}${body}`)
    for (const title of ['Detaljplan för Exempelby centrum', 'Ny organisation för IT-enheten']) {
      const r = memo(title)
      expect([r.unit, r.title]).toEqual(['Samhällsbyggnadsförvaltningen', title])
    }
  })

  it("a date in the title that bounds a period is neither the memo's date nor a header value", () => {
    const dated = unitOf(
      'Socialförvaltningen\n\nTJÄNSTESKRIVELSE 2031-03-14 Dnr SN 2031/77\n\nRevidering av avgifter från 1 juli 2031' +
        body
    )
    expect([dated.date, dated.title]).toEqual(['2031-03-14', 'Revidering av avgifter från 1 juli 2031'])
    const undated = unitOf('Socialförvaltningen\n\nDnr SN 2031/77\n\nTaxa för bygglov fr.o.m. 2032-01-01' + body)
    expect([undated.date, undated.title]).toEqual([null, 'Taxa för bygglov fr.o.m. 2032-01-01'])
  })

  it("a district's name after the unit's is the unit's, on its line or the next; names in any Latin letters", () => {
    const tail = '\n\nTjänsteutlåtande\nUtfärdat 2031-03-12\nDiarienummer N12-0077/31\n\nHandläggare\n'
    const oneLine = unitOf(
      `Stadsdelsförvaltningen Västra Exempelby${tail}Lejla Kovačević\n\nSommarlovsaktiviteter${body}`
    )
    expect([oneLine.unit, oneLine.officer.name, oneLine.officers.length]).toEqual([
      'Stadsdelsförvaltningen Västra Exempelby',
      'Lejla Kovačević',
      1
    ])
    const twoLines = unitOf(
      `Stadsdelsförvaltningen\nNorra Exempelby${tail}Łukasz Wójcik\n\nSommarlovsaktiviteter för barn${body}`
    )
    expect([twoLines.unit, twoLines.officer.name, twoLines.title]).toEqual([
      'Stadsdelsförvaltningen Norra Exempelby',
      'Łukasz Wójcik',
      'Sommarlovsaktiviteter för barn'
    ])
  })
})

describe('sections, recipients and references', () => {
  const headings = (r: ReturnType<typeof read>) => r.sections.map((s) => [s.heading, s.role])
  const recipients = (r: ReturnType<typeof read>) => r.distribution?.recipients ?? null

  it('a sub-heading set on the line above its text, as pdftotext leaves it, opens a section of its own', () => {
    const r = read(
      'Exempelby kommun\nSocialförvaltningen\n\nDnr SN 2031/77\n\nAvgifter för trygghetslarm\n\nFörslag till beslut\n' +
        'Socialnämnden antar avgifterna för trygghetslarm enligt bilaga 1.\n\nBedömning ur ekonomisk dimension\n' +
        'Avgifterna täcker kostnaden för larmen och påverkar inte nämndens budget i övrigt.\n\nSamverkan\nÄrendet ' +
        'har informerats i förvaltningens samverkansgrupp.\n\nFörvaltningens bedömning\nFörvaltningen bedömer att ' +
        'avgifterna är rimliga i förhållande till kostnaderna.\n\nExpediera till\nKommunfullmäktige\nEkonomienheten\n'
    )
    expect(headings(r)).toEqual([
      ['Förslag till beslut', 'proposals'],
      ['Bedömning ur ekonomisk dimension', 'assessment'],
      ['Samverkan', 'other'],
      ['Förvaltningens bedömning', 'assessment'],
      ['Expediera till', 'distribution']
    ])
    expect(recipients(r)).toEqual(['Kommunfullmäktige', 'Ekonomienheten'])
  })

  it('the same headings as lines of their own, the recipients ending where the signature begins', () => {
    const r = read(
      'Exempelby kommun Socialförvaltningen\n\nTJÄNSTESKRIVELSE 2031-03-14 Dnr SN 2031/77\n\nAvgifter för ' +
        'trygghetslarm\n\nFörslag till beslut\n\nSocialnämnden antar avgifterna för trygghetslarm enligt ' +
        'bilaga 1.\n\n' +
        'Samråd\n\nFörslaget har presenterats för pensionärsrådet den 2 mars.\n\nBeslutet ska sändas till\n\n' +
        'Kommunfullmäktige\n\nAvgiftshandläggare\n\nEbba Lind\nSocialchef\n'
    )
    expect(headings(r)).toEqual([
      ['Förslag till beslut', 'proposals'],
      ['Samråd', 'other'],
      ['Beslutet ska sändas till', 'distribution']
    ])
    expect(recipients(r)).toEqual(['Kommunfullmäktige', 'Avgiftshandläggare'])
    expect(names(r)).toEqual([['Ebba Lind', 'Socialchef']])
  })

  it("minutes' headings over their text, and an extract's recipients under a heading made of header words", () => {
    const r = read(
      'PROTOKOLLSUTDRAG\n\nRegionstyrelsen\nSammanträdesdatum: 2031-11-09\n\n§ 214\nDiarienummer: 31RS4417\n\n' +
        'Ny ambulansstation i Exempelby\n\nÄrendebeskrivning\nStationen är för liten för tre ambulanser.\n\n' +
        'Proposition\nOrdföranden ställer proposition på förslaget och finner att styrelsen bifaller det.\n\n' +
        'Beslut\nRegionstyrelsen godkänner investeringen.\n\nProtokollsutdrag till\nRegiondirektören\n' +
        'Regionfastigheter\n\nJusterandes signatur Utdragsbestyrkande\n'
    )
    expect(headings(r)).toEqual([
      ['Ärendebeskrivning', 'description'],
      ['Proposition', 'proceedings'],
      ['Beslut', 'decision'],
      ['Protokollsutdrag till', 'distribution']
    ])
    expect(recipients(r)).toEqual(['Regiondirektören', 'Regionfastigheter'])
  })

  it('a line that stops on a preposition leads into its list; the heading above it heads both', () => {
    const plain = read(
      'Exempelby kommun REMISS\n\nDnr KS 2031/77\n\nRemiss om avfallsplan\n\nBakgrund\n\nPlanen ska ersätta den ' +
        'nuvarande planen från 2017.\n\nSynpunkter som efterfrågas\n\nKommunen vill särskilt ha synpunkter på\n\n' +
        '- om målen är relevanta,\n- vilka åtgärder som berör verksamheten.\n\nRemissvar\n\nSvaret ska ha kommit ' +
        'in senast den 16 december.\n'
    )
    expect(headings(plain)).toEqual([
      ['Bakgrund', 'background'],
      ['Synpunkter som efterfrågas', 'other'],
      ['Remissvar', 'other']
    ])
    const colon = read(
      'Dnr KS 2031/77\n\nRemiss om avfallsplan\n\nBakgrund\n\nPlanen ska ersätta den nuvarande planen.\n\n' +
        'Frågor till remissinstanserna\n\nNämnden vill ha svar om\n\n1. målen för perioden,\n2. åtgärderna.\n'
    )
    expect(headings(colon)).toEqual([
      ['Bakgrund', 'background'],
      ['Frågor till remissinstanserna', 'other']
    ])
  })

  it("a page's running header and footer among the recipients are furniture, not recipients", () => {
    const header = read(
      'Region Exempelland\n\nTJÄNSTESKRIVELSE 1(2)\n\nRegionledningskontoret\nDatum Diarienummer\n2031-10-03 HSN ' +
        '2031-871\n\nMobila team\n\nFörslag till beslut\n\nNämnden beviljar medel.\n\nBeslutet skickas till\n' +
        'Primärvårdscentrum\nExempelby kommun\n\nRegion Exempelland\nTJÄNSTESKRIVELSE 2(2)\nDatum Diarienummer\n' +
        '2031-10-03 HSN 2031-871\n\nNils Wiklund\nRegiondirektör\n\nRegion Exempelland, 581 91 Exempelby\n'
    )
    expect(recipients(header)).toEqual(['Primärvårdscentrum', 'Exempelby kommun'])
    const footer = read(
      'Stadsdelsförvaltningen Exempelby\n\nTjänsteutlåtande\nDiarienummer N165-0412/31\n\nSommarlov 2031\n\n' +
        'Förslag till beslut\n\nNämnden ingår partnerskapet.\n\nExpedieras till\nFöreningen Sommarbro\nAvdelning ' +
        'Barn och unga\n\nExempelby Stad Norra Exempelby, tjänsteutlåtande 3 (3)\n'
    )
    expect(recipients(footer)).toEqual(['Föreningen Sommarbro', 'Avdelning Barn och unga'])
  })

  it("another document type than the memo's heads a section; the memo's own on its own line is a page header", () => {
    const r = read(
      'EXEMPELBY KOMMUN REMISS\n\nDnr KS 2031/77\n\nRemiss om avfallsplan\n\nBakgrund\n\nPlanen ska ersätta den ' +
        'nuvarande planen.\n\nRemiss\n\nPlanen gäller från 2032.\n\nRemissvar\n\nSvaret ska ha kommit in senast den ' +
        '16 december.\n'
    )
    expect(headings(r)).toEqual([
      ['Bakgrund', 'background'],
      ['Remissvar', 'other']
    ])
    expect(r.sections[0]!.text).toBe('Planen ska ersätta den nuvarande planen.\n\nPlanen gäller från 2032.')
  })

  it('a list of recipients ends with the list: the unit above the signatures is none; a company keeps its och', () => {
    const r = read(
      '# Stöd till vätgasnod\n\nDiarienummer: RUN 2031-00312\n\n## Förslag till beslut\n\nNämnden beviljar ' +
        'stödet.\n\n' +
        '## Beslutet skickas till\n\n- Exempelby Vätgasallians ideell förening\n- Exempelby Vatten och Avfall AB\n' +
        '- Kommunstyrelsen och Exempelby Energi AB\n\nKoncernavdelning regional utveckling\n\nNils Wiklund\n' +
        'Regional utvecklingsdirektör\n'
    )
    expect(recipients(r)).toEqual([
      'Exempelby Vätgasallians ideell förening',
      'Exempelby Vatten och Avfall AB',
      'Kommunstyrelsen',
      'Exempelby Energi AB'
    ])
  })

  it("the case's preparation (Ärendets beredning) heads a section of the proceedings, after a page break", () => {
    const r = read(
      'MISSIV 1 (2)\n\nKommunstyrelsen 2031-05-17 KS 2031/77\n\nReglemente för krisledningsnämnden\n\n' +
        'Sammanfattning\n\n' +
        'Reglementet behöver förtydligas.\n\nMISSIV 2 (2)\n\nÄrendets beredning\n\nÄrendet har beretts av ' +
        'kommunledningskontoret.\n\nBeslutsunderlag\n\nKommunledningskontorets tjänsteskrivelse 2031-04-12\n'
    )
    expect(headings(r)).toEqual([
      ['Sammanfattning', 'summary'],
      ['Ärendets beredning', 'proceedings'],
      ['Beslutsunderlag', 'decisionBasis']
    ])
  })

  it("a web page's summary of its decision (Ärendet i korthet) is a section under the page's title", () => {
    const r = read(
      '- [Startsida](/)\n- [Politiska beslut](/beslut)\n\n# Bidrag till upprustning av skoterleden\n\n' +
        '**Beslutande organ:** Kommunstyrelsen  \n**Diarienummer:** KS 2031/77\n\n## Ärendet i korthet\n\n' +
        'Skoterklubben har ansökt om bidrag.\n\n## Beslut\n\nKommunstyrelsen beviljar bidraget.\n'
    )
    expect(r.metadata.title).toBe('Bidrag till upprustning av skoterleden')
    expect(headings(r)).toEqual([
      ['Ärendet i korthet', 'summary'],
      ['Beslut', 'decision']
    ])
  })

  it("a recipient's unit after a comma on its line is the recipient's; a footer after the list is no recipient", () => {
    const lines = read(
      'Exempelby kommun TJÄNSTESKRIVELSE\n\n2031-05-11 BUN 2031-317\n\nHyra av förskola\n\nFörslag till beslut\n' +
        'Nämnden godkänner hyresavtalet.\n\nEbba Lind\nLokalstrateg\n\nBeslutet ska skickas till\n' +
        'Exempelby Fastigheter AB\nKommunledningsförvaltningen, Ekonomi\nHamnförvaltningen, Exempelby kommun\n\n' +
        'Postadress Besöksadress Telefon E-post\nExempelby kommun Storgatan 4 0123-45 67 00 kommunen@exempelby.se\n' +
        '123 45 Exempelby www.exempelby.se\n'
    )
    expect(recipients(lines)).toEqual([
      'Exempelby Fastigheter AB',
      'Kommunledningsförvaltningen, Ekonomi',
      'Hamnförvaltningen, Exempelby kommun'
    ])
    const list = read(
      '# Bidrag till spontanidrottsplatser\n\nDnr FRN 2031/77\n\n## Förslag till beslut\n\nNämnden antar ' +
        'riktlinjerna.\n\n## Beslutet skickas till\n\n- Föreningsservice\n- Landsbygdsutvecklare, Övergripande ' +
        'planering\n- Kommunstyrelsen och Revisorerna\n\nExempelby kommun, 123 45 Exempelby, www.exempelby.se\n' +
        'Växel 0123-45 67 00, kommunen@exempelby.se\n'
    )
    expect(recipients(list)).toEqual([
      'Föreningsservice',
      'Landsbygdsutvecklare, Övergripande planering',
      'Kommunstyrelsen',
      'Revisorerna'
    ])
    // Written inline, on one line, the list parts at its commas.
    const inline = read(
      'Dnr KS 2031/77\n\nTaxa för torghandel\n\n## Förslag till beslut\n\nNämnden antar taxan.\n\n' +
        '## Beslutet skickas till\n\nEkonomienheten, Revisorerna och Kommunstyrelsen\n'
    )
    expect(recipients(inline)).toEqual(['Ekonomienheten', 'Revisorerna', 'Kommunstyrelsen'])
  })

  it("another case of the memo's own register is a reference, in a form casefile does not know", () => {
    const register = (own: string, body: string) =>
      read(`Diarienummer: ${own}\n\nPartnerskap\n\n## Ärendet\n\n${body}\n`).references.map((x) => x.caseNumber)
    expect(register('N165-0412/31', 'Nämnden prövade ett partnerskap 2030 (N165-1187/30) och 2031-03-12.')).toEqual([
      'N165-1187/30'
    ])
    expect(register('31RS4417', 'En förstudie har genomförts (30RS5132). Ring 019-602 10 00.')).toEqual(['30RS5132'])
    // Digits alone (`2031-0412`) are too like a date or a phone number to name a register.
    expect(register('2031-0412', 'Se beslutet 2030-1187 och telefon 0650-1911.')).toEqual([])
  })
})

describe('header: case-number styles, label rows over value rows, the case number of an extract', () => {
  const memo = (header: string, body = 'Nämnden har fått en ansökan om bidrag.') =>
    `${header}\n\n# Bidrag till Exempelby hembygdsförening\n\n## Ärendet\n\n${body}\n\n## Förslag till beslut\n\n` +
    `Nämnden beviljar bidraget.\n`

  it('a series before serial-year, points between series, year and serial, a filing-plan class after a space', () => {
    const a = read(memo('REGION EXEMPELLAND REMISS\nRegional utveckling\n\nDatum Dnr\n2031-02-15 SBN 1187-2031'))
    expect([a.metadata.caseNumber, a.metadata.caseRef, a.metadata.date]).toEqual([
      'SBN 1187-2031',
      { series: 'SBN', year: 2031, sequence: 1187 },
      '2031-02-15'
    ])
    const b = read(memo('Exempelby kommun\n\nDiarienummer SN.2031.77'))
    expect([b.metadata.caseNumber, b.metadata.caseRef]).toEqual([
      'SN.2031.77',
      { series: 'SN', year: 2031, sequence: 77 }
    ])
    const c = read(memo('Exempelby kommun\n\nDnr KS 2031-00077 2.4.1'))
    expect([c.metadata.caseNumber, c.metadata.caseRef]).toEqual([
      'KS 2031-00077 2.4.1',
      { series: 'KS', year: 2031, sequence: 77, class: '2.4.1' }
    ])
  })

  it('a word before a full date and a statute collection are no references; a serial-year case is one', () => {
    const r = read(
      memo(
        'Dnr KS 2031/77',
        'Fullmäktige beslutade om riktlinjerna (KF 2029-04-16, § 12) och kommunen yttrade sig (KOMMUN 2030-08-29). ' +
          'Enligt Havs- och vattenmyndighetens råd (HVMFS 2016:17) och tidigare beslut (SBN 412-2030) gäller planen.'
      )
    )
    expect(r.references.map((x) => x.caseNumber)).toEqual(['SBN 412-2030'])
  })

  it('a row of labels over its row of values under a document type, and a recipient over their address', () => {
    const r = read(
      '**EXEMPELBY KOMMUN**\\\nMiljöförvaltningen\n\n**BESLUT**\n\n' +
        '  ------------------- ------------------- ------------------- -------------------\n' +
        '  Datum               Diarienummer        Ert datum           Handläggare\n' +
        '  2031-09-14          MN-2031-1187        2031-08-22          Nils Wiklund\n' +
        '  ------------------- ------------------- ------------------- -------------------\n\n' +
        'Ebba Lind\\\nStorgatan 14\\\n123 45 Exempelby\n\n# Tillstånd till avloppsanordning\n\n## Beslut\n\n' +
        'Miljönämnden ger Ebba Lind tillstånd att inrätta en avloppsanordning.\n\n## Ärendet\n\n' +
        'Ansökan kom in den 22 augusti 2031 och gäller en ny markbädd på fastigheten.\n'
    )
    expect([r.metadata.caseNumber, r.metadata.date, r.metadata.title, r.metadata.unit]).toEqual([
      'MN-2031-1187',
      '2031-09-14',
      'Tillstånd till avloppsanordning',
      'Miljöförvaltningen'
    ])
    expect(r.metadata.officers.map((o) => o.name)).toEqual(['Nils Wiklund'])
    expect(r.metadata.addressee).toBe('Ebba Lind')
  })

  it("an extract's case number on its own line under the item's heading, and not among the references", () => {
    const r = read(
      'Protokollsutdrag\n\n| EXEMPELBY KOMMUN | SAMMANTRÄDESPROTOKOLL |\n|---|---|\n' +
        '| Kommunstyrelsen | Sammanträdesdatum 2031-04-17 |\n\n## § 47 Markanvisning vid torget\n\n' +
        'Dnr KS 2031/118\n\n### Sammanfattning\n\nKommunen äger marken (KS 2031/118) och riktlinjerna gäller ' +
        '(KS 2029/412).\n\n### Beslut\n\nKommunstyrelsen beslutar att anvisa marken.\n'
    )
    expect([r.metadata.caseNumber, r.metadata.caseRef]).toEqual([
      'KS 2031/118',
      { series: 'KS', year: 2031, sequence: 118 }
    ])
    expect(r.references.map((x) => x.caseNumber)).toEqual(['KS 2029/412'])
  })

  it('several officers on one contact line, each with a title and a phone, the line broken inside a name', () => {
    const officers = (line: string) =>
      read(memo(`Exempelby kommun\nDnr KS 2031/77\n\n${line}`)).metadata.officers.map((o) => [o.name, o.phone])
    expect(
      officers('**Kontaktperson:** Nils Wiklund, utredare, 0451-26 73 12 och Ebba\nLind, jurist, 0451-26 71 05')
    ).toEqual([
      ['Nils Wiklund', '0451-26 73 12'],
      ['Ebba Lind', '0451-26 71 05']
    ])
    expect(officers('Handläggare: Nils Wiklund, utredare; Ebba Lind, jurist')).toEqual([
      ['Nils Wiklund', null],
      ['Ebba Lind', null]
    ])
  })

  it("a region's unit with no unit word over a labelled officer; the organ of a kallelse, of a decision page", () => {
    const region = read(
      '**Tjänsteskrivelse**\n\n| Datum | Vår beteckning | Ert datum |\n|---|---|---|\n' +
        '| 2031-09-12 | RS/2031:412 | |\n\n' +
        'Regional utveckling\n\nHandläggare: Ebba Lind, bibliotekskonsulent\n\nRegionstyrelsen\n\n' +
        '# Regional biblioteksplan\n\n## Förslag till beslut\n\nRegionstyrelsen antar planen.\n'
    )
    expect([region.metadata.unit, region.metadata.officer.name]).toEqual(['Regional utveckling', 'Ebba Lind'])
    const agenda = read(
      'EXEMPELBY KOMMUN KALLELSE/FÖREDRAGNINGSLISTA\nKommunstyrelsen Sida 8 av 31\nSammanträdesdatum 2031-03-15\n\n' +
        '7. Revidering av taxa för torghandel\nDnr KS 2031/54\n\nÄrendebeskrivning\nTaxan för torghandel har inte ' +
        'räknats upp sedan den antogs och täcker inte kommunens kostnader.\n\nFörslag till beslut\n' +
        'Kommunfullmäktige antar den reviderade taxan.\n'
    )
    expect([agenda.metadata.unit, agenda.metadata.caseNumber]).toEqual(['Kommunstyrelsen', 'KS 2031/54'])
    const page = read(
      '# Ny förskola i Exempelby\n\nBeslut i kommunstyrelsen den 14 juni 2031\n\nÄrendenummer: KS-2031-456\n\n' +
        'Exempelby växer och behovet av förskoleplatser ökar i stadsdelarna öster om centrum.\n\n## Beslut\n\n' +
        'Kommunstyrelsen beslutade\n\n- att godkänna förstudien\n- att starta projekteringen\n'
    )
    expect([page.metadata.unit, page.metadata.date, page.metadata.caseNumber]).toEqual([
      'Kommunstyrelsen',
      '2031-06-14',
      'KS-2031-456'
    ])
  })

  it("the unit under the organisation's name, beside a page counter, under a converter's image of the logo", () => {
    const unit = (letterhead: string) =>
      read(`${letterhead}\n\n# Remiss: Regional kulturplan\n\n## Bakgrund\n\nRegionen har tagit fram ett förslag.\n`)
        .metadata.unit
    expect(
      unit('REGION EXEMPELLAND REMISS\nRegional utveckling Sida 1 (2)\n\nDatum Dnr\n2031-02-15 RUN 1156-2031')
    ).toBe('Regional utveckling')
    expect(
      unit(
        '![](_page_0_Picture_0.jpeg)\n\n| Region Exempelland | REMISS | 1 (2) |\n|---|---|---|\n' +
          '| Regional utveckling | Datum: 2031-11-04 | |\n| | Vår beteckning: RUN 872-2031 | |'
      )
    ).toBe('Regional utveckling')
  })

  it("a memo after a meeting's cover page: its labelled case number among its header lines, and no reference", () => {
    const r = read(
      'KALLELSE\nKommunstyrelsens arbetsutskott\n\nTid och plats: Tisdagen den 9 maj 2031 kl. 08.30, kommunhuset\n\n' +
        'Ärenden                         Föredragande\n1   Val av justerare\n2   Bidrag till gång- och cykelväg    ' +
        'Trafikplanerare\n3   Övriga frågor\n\nSida 1 av 1\n\nTJÄNSTESKRIVELSE\nSektor samhällsbyggnad\n' +
        'Datum: 2031-04-19\nDiarienummer: SN.2031.77\nHandläggare: Ebba Lind\n\nKommunstyrelsen\n\n' +
        'Bidrag till gång- och cykelväg\n\nFörslag till beslut\nKommunstyrelsen beslutar att söka bidraget.\n\n' +
        'Sammanfattning\nKommunen har länge velat bygga vägen (SN.2031.77) och söker nu bidrag för den.\n'
    )
    expect([r.metadata.caseNumber, r.metadata.caseRef]).toEqual([
      'SN.2031.77',
      { series: 'SN', year: 2031, sequence: 77 }
    ])
    expect(r.references).toEqual([])
  })
})

describe('references of other authorities, signature tables of titles over names, lead-ins, labelled titles', () => {
  it("another case of the register with its series after the serial, another authority's number after dnr", () => {
    const refs = (own: string, body: string) =>
      read(`Diarienummer: ${own}\n\nBidrag till föreningar\n\n## Ärendet\n\n${body}\n`).references.map(
        (x) => x.caseNumber
      )
    expect(refs('2031/145 KS', 'Avtalen tecknades 2027 (2027/233 KS) och löper ut.')).toEqual(['2027/233 KS'])
    expect(
      refs('KS-2031/311', 'Polismyndigheten har i ett yttrande (dnr B512.614/2031) tillstyrkt förslaget.')
    ).toEqual(['B512.614/2031'])
    expect(refs('KS 2031/12', 'Länsstyrelsen yttrade sig, dnr 521-4471-2031, i maj.')).toEqual(['521-4471-2031'])
    // A date after the label, and a property designation without one, are no references.
    expect(refs('KS 2031/12', 'Beslutet (dnr 2031-03-12) gäller fastigheten Exempelby 4:12.')).toEqual([])
    // Nor a filing class or a section after it: small groups of digits alone number no case.
    expect(refs('KS 2031/12', 'Handlingen registreras under dnr 1.2 i klassificeringsstrukturen.')).toEqual([])
    expect(refs('KS 2031/12', 'Se avsnitt dnr 3.1.4 i planen.')).toEqual([])
  })

  it('a signature table with the titles in its head row and the names below, in two and three columns', () => {
    const memo = (table: string) =>
      `TJÄNSTESKRIVELSE\n\nDnr BUN 2031/118\n\nSkolskjuts\n\n## Förslag till beslut\n\nNämnden antar ` +
      `riktlinjerna.\n\n## Ärendet\n\nRiktlinjerna gäller från hösten.\n\n${table}\n\n` +
      `## Beslutet skickas till\n\nRektorer\n`
    expect(names(read(memo('| Förvaltningschef | Utredare |\n|---|---|\n| Ebba Lind | Nils Wiklund |')))).toEqual([
      ['Ebba Lind', 'Förvaltningschef'],
      ['Nils Wiklund', 'Utredare']
    ])
    expect(
      names(
        read(
          memo('| Kommundirektör | Ekonomichef | Controller |\n|---|---|---|\n| Nils Wiklund | Ebba Lind | Sara Holm |')
        )
      )
    ).toEqual([
      ['Nils Wiklund', 'Kommundirektör'],
      ['Ebba Lind', 'Ekonomichef'],
      ['Sara Holm', 'Controller']
    ])
  })

  it("a decision letter: the name under Er referens is the addressee's, a running header of the organisation", () => {
    const letter = (rows: string, page: string) =>
      read(
        `**Exempelby kommun** MEDDELANDE OM BESLUT\n\n${rows}\n\n# Beslut om bidrag till bygdegården\n\n` +
          `## Beslut\n\nKommunstyrelsen beslutar\n\n- att bevilja bidraget.\n\n` +
          `## Ärendet\n\nFöreningen söker bidrag.\n\n` +
          `${page}\n\n## Skäl för beslutet\n\nBygdegården är viktig.\n`
      )
    const pandoc = letter(
      '  Datum        Vår beteckning   Ert datum    Er referens\n' +
        '  ------------ ---------------- ------------ ----------\n' +
        '  2031-06-14   KS 2031:147      2031-03-28   Sara Holm\n\n' +
        '  Handläggare    Telefon\n  -------------- ------------\n' +
        '  Ebba Lind      0123-310 45',
      '  ---------------------------------\n  Exempelby kommun      Sida 2 (2)\n  ---------------------------------'
    )
    expect([pandoc.metadata.officer.name, pandoc.metadata.caseNumber, pandoc.metadata.date]).toEqual([
      'Ebba Lind',
      'KS 2031:147',
      '2031-06-14'
    ])
    expect(pandoc.sections.map((s) => s.heading)).toEqual(['Beslut', 'Ärendet', 'Skäl för beslutet'])
    const plain = letter(
      'Datum Vår beteckning Er referens\n2031-06-14 KS 2031:147 Sara Holm\n\nHandläggare: Ebba Lind',
      'Exempelby kommun Sida 2 (2)'
    )
    expect([plain.metadata.officer.name, plain.sections.map((s) => s.heading)]).toEqual([
      'Ebba Lind',
      ['Beslut', 'Ärendet', 'Skäl för beslutet']
    ])
  })

  it("a decision's second lead-in between list items is no part of the item before it", () => {
    const items = (list: string) =>
      read(
        `PROTOKOLLSUTDRAG\n\nDnr KS 2031/123\n\nBredbandsstrategi\n\nBeslut\n${list}\n\n` +
          'Ärendebeskrivning\nStrategin är gammal.\n'
      ).proposals.items.map((i) => i.text)
    expect(
      items(
        'Kommunstyrelsen föreslår kommunfullmäktige besluta\n1. Strategin antas.\n2. Den gamla strategin\nupphävs.\n' +
          'Kommunstyrelsen beslutar för egen del\n3. Kommunchefen får i uppdrag att redovisa arbetet.'
      )
    ).toEqual(['Strategin antas.', 'Den gamla strategin upphävs.', 'Kommunchefen får i uppdrag att redovisa arbetet.'])
    expect(
      items('Kommunstyrelsen beslutar\n\n- Planen antas.\n  Nämnden föreslås besluta\n- Planen skickas ut på remiss.')
    ).toEqual(['Planen antas.', 'Planen skickas ut på remiss.'])
  })

  it('decisions a conversion left as lines of one paragraph: a capital after a full stop opens the next', () => {
    const items = (decision: string) =>
      read(
        `TJÄNSTESKRIVELSE\nDnr KS 2031/412\n\nYttrande över trafikplan\n\nFörslag till beslut\n${decision}\n\n` +
          'Ärendebeskrivning\nRegionen har remitterat planen.\n'
      ).proposals.items.map((i) => i.text)
    expect(
      items(
        'Kommunstyrelsen lämnar yttrande till Region Exempelland i enlighet med bilaga 1, Exempelby\n' +
          'kommuns yttrande över förslag till trafikplan.\nParagrafen förklaras omedelbart justerad.'
      )
    ).toEqual([
      'Kommunstyrelsen lämnar yttrande till Region Exempelland i enlighet med bilaga 1, Exempelby kommuns yttrande ' +
        'över förslag till trafikplan.',
      'Paragrafen förklaras omedelbart justerad.'
    ])
    // A sentence that goes on in lower case on the next line stays one decision.
    expect(items('Nämnden godkänner planen för\nperioden 2031–2034.')).toEqual([
      'Nämnden godkänner planen för perioden 2031–2034.'
    ])
  })

  it('a title under its label in a letterhead of stacked labels, wrapped over two lines', () => {
    const title = (label: string) =>
      read(
        `EXEMPELBY KOMMUN\nTJÄNSTESKRIVELSE\nDatum\n2031-11-22\nDiarienummer\nKS 2031/412\n${label}\n` +
          `Yttrande över förslag till regional\ntrafikplan för Exempellän\nHandläggare\nEbba Lind\nTelefon\n` +
          `0123-21 83 62\nKommunstyrelsen\n\nFörslag till beslut\nKommunstyrelsen lämnar yttrande.\n\n` +
          `Ärendebeskrivning\nRegionen har remitterat planen.\n`
      ).metadata.title
    expect(title('Ärende')).toBe('Yttrande över förslag till regional trafikplan för Exempellän')
    expect(title('Rubrik:')).toBe('Yttrande över förslag till regional trafikplan för Exempellän')
  })
})

describe('a transcript that collapsed its line breaks (one block a line, whole sections on one line)', () => {
  /** A memo of lines; a line given as a list is one line of those sentences. */
  const lines = (...rows: Array<string | string[]>) => rows.map((r) => (Array.isArray(r) ? r.join(' ') : r)).join('\n')
  const sections = (r: ReturnType<typeof read>) => r.sections.map((s) => s.heading)

  it('a whole letterhead on one line, headings and the signature on lines of their own', () => {
    const r = read(
      lines(
        'EXEMPELBY KOMMUN TJÄNSTESKRIVELSE 1(3) Socialförvaltningen 2031-03-04 Sn 77/2031',
        'Handläggare Ebba Lind, 0123-456 78',
        'Socialnämnden',
        'Riktlinjer för försörjningsstöd',
        'Förslag till beslut',
        'Socialnämnden beslutar att anta riktlinjerna för försörjningsstöd enligt bilaga.',
        'Ärendebeskrivning',
        [
          'Socialförvaltningen har sett över riktlinjerna för försörjningsstöd.',
          'De nuvarande riktlinjerna antogs för sex år sedan och behöver anpassas',
          'till ändrad lagstiftning och till nya rättsfall.',
          'Förvaltningen har samrått med ekonomienheten och med de sociala utskotten.',
          'Förslaget innebär att handläggningen blir enhetlig',
          'och att den enskilde får tydligare besked om vad som gäller.',
          'Riktlinjerna omfattar även nödbistånd och ersättning för hemutrustning.',
          'Kostnaderna bedöms inte öka.'
        ],
        'Nils Wiklund Socialchef',
        'Beslutet skickas till',
        'Socialförvaltningen',
        'Ekonomienheten'
      )
    )
    expect(r.metadata.caseNumber).toBe('Sn 77/2031')
    expect(r.metadata.date).toBe('2031-03-04')
    expect(r.metadata.unit).toBe('Socialförvaltningen')
    expect(r.metadata.title).toBe('Riktlinjer för försörjningsstöd')
    expect(r.metadata.officer.name).toBe('Ebba Lind')
    expect(r.proposals?.items.map((i) => i.text)).toEqual([
      'Socialnämnden beslutar att anta riktlinjerna för försörjningsstöd enligt bilaga.'
    ])
    expect(sections(r)).toEqual(['Förslag till beslut', 'Ärendebeskrivning', 'Beslutet skickas till'])
    expect(names(r)).toEqual([['Nils Wiklund', 'Socialchef']])
    expect(r.distribution?.recipients).toEqual(['Socialförvaltningen', 'Ekonomienheten'])
  })

  it('headings run into the text after the end of a sentence', () => {
    const r = read(
      lines(
        'REGION EXEMPELLAND TJÄNSTESKRIVELSE',
        'Regionkontoret Datum 2031-05-12 Diarienummer RS 2031/145',
        'Handläggare Nils Wiklund',
        'Regionstyrelsen',
        'Ny taxa för färdtjänst',
        [
          'Förslag till beslut Regionstyrelsen föreslår regionfullmäktige besluta',
          'att anta ny taxa för färdtjänst från den 1 januari 2032.',
          'Bakgrund Taxan för färdtjänst har inte ändrats sedan flera år.',
          'Kostnaderna för resorna har ökat och regionens andel har vuxit.',
          'Regionkontoret har jämfört taxan med grannregionernas och föreslår en höjning med tio procent.',
          'Ekonomiska konsekvenser Intäkterna beräknas öka med två miljoner kronor per år.',
          'Förslaget ryms inom budgeten för kollektivtrafiken och påverkar inte de resenärer som har sjukresor.'
        ],
        'Ebba Lind Regiondirektör',
        'Beslutet ska expedieras till',
        'Regionkontoret'
      )
    )
    expect(r.metadata.caseNumber).toBe('RS 2031/145')
    expect(r.metadata.title).toBe('Ny taxa för färdtjänst')
    expect(sections(r)).toEqual([
      'Förslag till beslut',
      'Bakgrund',
      'Ekonomiska konsekvenser',
      'Beslutet ska expedieras till'
    ])
    expect(r.proposals?.items.map((i) => i.text)).toEqual([
      'Regionstyrelsen föreslår regionfullmäktige besluta att anta ny taxa för färdtjänst från den 1 januari 2032.'
    ])
    expect(r.sections[1]!.text).toBe(
      'Taxan för färdtjänst har inte ändrats sedan flera år. Kostnaderna för resorna har ökat och ' +
        'regionens andel har vuxit. Regionkontoret har jämfört taxan med grannregionernas ' +
        'och föreslår en höjning med tio procent.'
    )
    expect(names(r)).toEqual([['Ebba Lind', 'Regiondirektör']])
    expect(r.distribution?.recipients).toEqual(['Regionkontoret'])
  })

  it('the signature, the distribution heading and the first recipient run together on the last lines', () => {
    const r = read(
      lines(
        'Exempelby kommun Tjänsteskrivelse Dnr KS 2031/77',
        'Kommunledningskontoret Datum 2031-09-01 Handläggare Ebba Lind',
        'Kommunstyrelsen',
        'Medborgarförslag om fler parkbänkar',
        'Förslag till beslut',
        'Kommunstyrelsen föreslår kommunfullmäktige besluta att medborgarförslaget ska anses besvarat.',
        'Ärendet',
        [
          'Ett medborgarförslag har kommit in om fler parkbänkar längs ån.',
          'Förslagsställaren skriver att många äldre vill kunna vila under promenaden.',
          'Kommunfullmäktige överlämnade förslaget till kommunstyrelsen för beredning.',
          'Tekniska förvaltningen har sett över parkerna och kommer att ställa ut tio nya bänkar under våren.',
          'Kostnaden ryms inom förvaltningens budget för underhåll av parker och grönytor,',
          'och förslaget anses därmed besvarat.'
        ],
        'Nils Wiklund Kommundirektör Beslutet skickas till Förslagsställaren',
        'Tekniska förvaltningen'
      )
    )
    expect(r.metadata.caseNumber).toBe('KS 2031/77')
    expect(r.metadata.unit).toBe('Kommunledningskontoret')
    expect(sections(r)).toEqual(['Förslag till beslut', 'Ärendet', 'Beslutet skickas till'])
    expect(names(r)).toEqual([['Nils Wiklund', 'Kommundirektör']])
    expect(r.distribution?.recipients).toEqual(['Förslagsställaren', 'Tekniska förvaltningen'])
  })

  it('an item of the basis that names its kind (`Bilaga …`) is no heading, nor a paragraph of short lines', () => {
    const long =
      'Förvaltningen har sett över riktlinjerna och föreslår att de antas i sin helhet utan ändringar. '.repeat(4)
    const r = read(
      `Exempelby kommun\nDnr KS 2031/77\nRiktlinjer för bidrag\nBakgrund\n${long}\nBeslutsunderlag\n` +
        'Bilaga Riktlinjer för bidrag\nNils Wiklund Kommundirektör\n'
    )
    expect(sections(r)).toEqual(['Bakgrund', 'Beslutsunderlag'])
    // Lines of a memo's own width (under 300 characters) stay one paragraph: no heading is looked for inside them.
    const short = read(
      'Exempelby kommun\nDnr KS 2031/77\nRiktlinjer för bidrag\n\nText om bidrag. Bakgrund Nämnden har ' +
        'beslutat.\nMer text.\n'
    )
    expect(sections(short)).toEqual([])
  })

  it('a mixed-case series before serial/year is a case number; a short word that opens a sentence is none', () => {
    expect(read('Exempelby kommun\n\nDnr Ks 12/2031\n\n# Taxa\n').metadata.caseNumber).toBe('Ks 12/2031')
    expect(
      read('Exempelby kommun\n\nDnr KS 2031/77\n\n# Taxa\n\n## Bakgrund\n\nSe bilaga. Nr 4/2031 gäller.\n').references
    ).toEqual([])
  })
})

describe('a memo that lost every blank line (pdftotext without -layout): its blocks read off its layout', () => {
  const lines = (...rows: string[]) => rows.join('\n') + '\n'
  const sections = (r: ReturnType<typeof read>) => r.sections.map((s) => s.heading)

  it('labels and values on one line, a page break in the text with its footer and repeated letterhead', () => {
    const r = read(
      lines(
        'Exempelby kommun',
        'Samhällsbyggnadsförvaltningen',
        'TJÄNSTESKRIVELSE',
        'Sida 1 (2)',
        'Datum 2031-04-02',
        'Dnr KS 2031/77',
        'Handläggare Ebba Lind, planarkitekt',
        'Telefon 0123-45 67 89',
        'Kommunstyrelsen',
        'Detaljplan för kvarteret Lärkan',
        'Förslag till beslut',
        'Kommunstyrelsen föreslår kommunfullmäktige besluta',
        'att anta detaljplanen för kvarteret Lärkan enligt bilaga',
        'att uppdra åt förvaltningen att påbörja försäljningen av tomterna under hösten 2032.',
        'Bakgrund',
        'Kommunstyrelsen gav i maj 2030 förvaltningen i uppdrag att ta fram en detaljplan för kvarteret',
        'Lärkan i centrala Exempelby. Planen ska möjliggöra bostäder i två till fyra våningar och en förskola',
        'med fyra avdelningar. Samråd hölls under hösten 2030 och granskning under våren 2031.',
        'Inkomna synpunkter',
        'Under granskningen kom elva yttranden in. Länsstyrelsen har inga invändningar mot planen. Flera',
        'grannar har framfört synpunkter om trafiken på Storgatan, och förvaltningen har därför flyttat',
        'Exempelby kommun | Postadress: 123 45 Exempelby | Besöksadress: Storgatan 1 | Växel: 0123-45 00 00',
        'Exempelby kommun',
        'TJÄNSTESKRIVELSE',
        'Sida 2 (2)',
        '2031-04-02',
        'KS 2031/77',
        'infarten till förskolan till Skolvägen. Synpunkterna redovisas i ett granskningsutlåtande.',
        'Ekonomiska konsekvenser',
        'Planen finansieras genom planavgifter. Försäljningen av tomterna beräknas ge cirka fyra miljoner',
        'kronor till kommunen.',
        'Nils Wiklund',
        'Samhällsbyggnadschef',
        'Ebba Lind',
        'Planarkitekt',
        'Beslutet skickas till',
        'Samhällsbyggnadsförvaltningen',
        'Lantmäterimyndigheten'
      )
    )
    expect(r.metadata).toMatchObject({
      documentType: 'tjänsteskrivelse',
      caseNumber: 'KS 2031/77',
      date: '2031-04-02',
      unit: 'Samhällsbyggnadsförvaltningen',
      addressee: 'Kommunstyrelsen',
      title: 'Detaljplan för kvarteret Lärkan'
    })
    expect(r.metadata.officer).toEqual({
      name: 'Ebba Lind',
      title: 'planarkitekt',
      phone: '0123-45 67 89',
      email: null
    })
    expect(r.proposals?.items.map((i) => i.text)).toEqual([
      'att anta detaljplanen för kvarteret Lärkan enligt bilaga',
      'att uppdra åt förvaltningen att påbörja försäljningen av tomterna under hösten 2032.'
    ])
    // `Inkomna synpunkter` is no listed heading: a short line after a sentence, with text under it.
    expect(sections(r)).toEqual([
      'Förslag till beslut',
      'Bakgrund',
      'Inkomna synpunkter',
      'Ekonomiska konsekvenser',
      'Beslutet skickas till'
    ])
    expect(names(r)).toEqual([
      ['Nils Wiklund', 'Samhällsbyggnadschef'],
      ['Ebba Lind', 'Planarkitekt']
    ])
    expect(r.distribution?.recipients).toEqual(['Samhällsbyggnadsförvaltningen', 'Lantmäterimyndigheten'])
    expect(r.references).toEqual([])
  })

  it("a paragraph's wrapped lines stay one block, measured by the text's width and not a wider footer's", () => {
    const footer =
      'Exempelby kommun | Postadress: 123 45 Exempelby | Besöksadress: Storgatan 1 | Växel: 0123-45 00 00 | ' +
      'kommunen@exempelby.se | www.exempelby.se'
    const text = lines(
      'Exempelby kommun',
      'TJÄNSTESKRIVELSE',
      'Datum 2031-04-02',
      'Dnr KS 2031/77',
      'Detaljplan för kvarteret Lärkan',
      'Bakgrund',
      'Kommunstyrelsen gav i maj 2030 förvaltningen i uppdrag att ta fram en detaljplan för kvarteret',
      'Lärkan i centrala Exempelby. Planen ska möjliggöra bostäder i två till fyra våningar och en förskola',
      'med fyra avdelningar. Samråd hölls under hösten 2030 och granskning under våren 2031.',
      footer,
      'Exempelby kommun',
      'TJÄNSTESKRIVELSE',
      'Sida 2 (2)',
      'Bedömning',
      'Förvaltningen bedömer att planen är lämplig och föreslår att kommunstyrelsen antar den.',
      'Nils Wiklund',
      'Samhällsbyggnadschef'
    )
    const { tree, record } = compile(new TextEncoder().encode(text), { path: 'memo.md' })
    const section = tree.children.find((c) => c.type === 'section' && c.heading === 'Bakgrund')
    const content = section?.type === 'section' ? section.children : []
    // The text's three lines, then the footer and the next page's letterhead.
    expect(content.map((c) => (c.type === 'paragraph' ? c.lines.length : c.type))).toEqual([
      3,
      'furniture',
      'furniture',
      'furniture',
      'furniture'
    ])
    expect(sections(record)).toEqual(['Bakgrund', 'Bedömning'])
    expect(names(record)).toEqual([['Nils Wiklund', 'Samhällsbyggnadschef']])
  })

  it('labels stacked column by column, two officers under one label, a distribution list across a page break', () => {
    const r = read(
      lines(
        'Region Exempelland',
        'Regionkontoret',
        'TJÄNSTESKRIVELSE',
        '1 (2)',
        'Datum',
        'Vår beteckning',
        '2031-09-14',
        'RS 2031/412',
        'Handläggare',
        'Nils Wiklund, Ebba Lind',
        'Telefon',
        '010-123 45 67',
        'Regionstyrelsen',
        'Avgifter för hjälpmedel 2032',
        'Förslag till beslut',
        'Regionstyrelsen beslutar',
        'att fastställa avgifterna för hjälpmedel 2032 enligt bilaga.',
        'Sammanfattning',
        'Regionkontoret har sett över avgifterna för hjälpmedel. Avgifterna föreslås höjas med',
        'indexuppräkningen, och avgiften för förskrivning av rullstol tas bort.',
        'Jämförelse med andra regioner',
        'Avgifterna i Region Exempelland ligger i nivå med grannregionernas. Två regioner har i år tagit',
        'bort avgiften för rullstolar, och regionkontoret föreslår att Region Exempelland gör detsamma.',
        'Nils Wiklund',
        'Regiondirektör',
        'Ebba Lind',
        'Utredare',
        'Beslutet skickas till',
        'Hjälpmedelscentralen',
        'Region Exempelland | Regionkontoret | Box 100, 123 45 Exempelstad | Telefon 010-123 00 00',
        'Region Exempelland',
        'TJÄNSTESKRIVELSE',
        '2 (2)',
        '2031-09-14',
        'RS 2031/412',
        'Ekonomienheten',
        'Patientnämnden'
      )
    )
    expect(r.metadata).toMatchObject({
      caseNumber: 'RS 2031/412',
      date: '2031-09-14',
      unit: 'Regionkontoret',
      addressee: 'Regionstyrelsen',
      title: 'Avgifter för hjälpmedel 2032'
    })
    expect(r.metadata.officers.map((o) => [o.name, o.phone])).toEqual([
      ['Nils Wiklund', '010-123 45 67'],
      ['Ebba Lind', null]
    ])
    expect(r.proposals?.items.map((i) => i.text)).toEqual([
      'att fastställa avgifterna för hjälpmedel 2032 enligt bilaga.'
    ])
    expect(sections(r)).toEqual([
      'Förslag till beslut',
      'Sammanfattning',
      'Jämförelse med andra regioner',
      'Beslutet skickas till'
    ])
    expect(names(r)).toEqual([
      ['Nils Wiklund', 'Regiondirektör'],
      ['Ebba Lind', 'Utredare']
    ])
    // The footer and the next page's letterhead are no recipients; the list goes on after them.
    expect(r.distribution?.recipients).toEqual(['Hjälpmedelscentralen', 'Ekonomienheten', 'Patientnämnden'])
  })

  it("an extract of minutes: the organ and date under stacked labels, the paragraph, the nämnd's decision", () => {
    const r = read(
      lines(
        'Exempelby kommun',
        'PROTOKOLLSUTDRAG',
        'Sammanträdesdatum',
        'Sida',
        'Barn- och utbildningsnämnden',
        '2031-11-20',
        '1 (1)',
        '§ 47',
        'Dnr BUN 2031/88',
        'Ny skolorganisation i Norrby',
        'Förslag till beslut',
        'Förvaltningen föreslår att nämnden beslutar',
        'att Norrby skola från och med höstterminen 2032 omfattar förskoleklass till årskurs 6',
        'att ge förvaltningen i uppdrag att planera skolskjutsar för eleverna i årskurs 7 till 9.',
        'Ärendet',
        'Elevantalet vid Norrby skola har minskat under flera år. Förvaltningen har utrett hur skolan kan',
        'organiseras och föreslår att årskurserna 7 till 9 flyttas till Exempelby skola.',
        'Samverkan med fackliga organisationer',
        'Ärendet har behandlats i samverkansgruppen den 3 november 2031.',
        'Barn- och utbildningsnämndens beslut',
        'Nämnden beslutar enligt förvaltningens förslag.',
        'Justerandes signatur',
        'Utdragsbestyrkande',
        'Beslutet skickas till',
        'Förvaltningen',
        'Norrby skola'
      )
    )
    expect(r.metadata).toMatchObject({
      documentType: 'protokollsutdrag',
      caseNumber: 'BUN 2031/88',
      date: '2031-11-20',
      paragraph: '§ 47',
      unit: 'Barn- och utbildningsnämnden',
      title: 'Ny skolorganisation i Norrby'
    })
    expect(r.proposals?.items.map((i) => i.text)).toEqual(['Nämnden beslutar enligt förvaltningens förslag.'])
    expect(sections(r)).toEqual([
      'Förslag till beslut',
      'Ärendet',
      'Samverkan med fackliga organisationer',
      'Barn- och utbildningsnämndens beslut',
      'Beslutet skickas till'
    ])
    expect(r.distribution?.recipients).toEqual(['Förvaltningen', 'Norrby skola'])
  })
})

describe("statute series, adjective titles over names, a nämnd under the organisation's name", () => {
  const body = (text: string) =>
    `Exempelby kommun\n\nDnr SN 2031/77\n\n# Riktlinjer för läkemedel\n\n## Bakgrund\n\n${text}\n`

  it('a statute designation with a hyphenated or a plain series is no reference; a register case is one', () => {
    const r = read(
      body(
        'Enligt föreskrifterna (HSLF-FS 2017:37) och de äldre (SOSFS 2011:9, TSFS 2010:155, AFS 2001:1, NFS 2004:4) ' +
          'ändras rutinen, som nämnden beslutade i ärende SN 2030/12.'
      )
    )
    expect(r.references.map((x) => x.caseNumber)).toEqual(['SN 2030/12'])
    // A register's own hyphenated series stays a case number.
    expect(read(body('Se ärende KSF-TEKN 2030:14.')).references.map((x) => x.caseNumber)).toEqual(['KSF-TEKN 2030:14'])
  })

  it('titles over names with hard line breaks, a title that opens with an adjective, two and three pairs', () => {
    const memo = (signature: string) =>
      `Exempelby kommun\n\nDnr TN 2031/77\n\n# Hastighetsföreskrifter\n\n## Förslag till beslut\n\n` +
      `Nämnden antar föreskrifterna.\n\n## Beslutsunderlag\n\n-   Tjänsteskrivelse 2031-10-03\n\n${signature}\n\n` +
      `## Beslutet skickas till\n\n-   Polismyndigheten\n`
    expect(names(read(memo('Teknisk chef\\\nNils Wiklund\n\nGatuingenjör\\\nEbba Lind')))).toEqual([
      ['Nils Wiklund', 'Teknisk chef'],
      ['Ebba Lind', 'Gatuingenjör']
    ])
    expect(
      names(
        read(
          memo(
            'Administrativ chef\\\nEbba Lind\n\nMedicinskt ansvarig sjuksköterska\\\nNils Wiklund\n\n' +
              'Socialchef\\\nKarin Ödman'
          )
        )
      )
    ).toEqual([
      ['Ebba Lind', 'Administrativ chef'],
      ['Nils Wiklund', 'Medicinskt ansvarig sjuksköterska'],
      ['Karin Ödman', 'Socialchef']
    ])
    // An adjective before a word that is no title is text, not a signatory's title.
    expect(names(read(memo('Teknisk beskrivning\\\nNils Wiklund')))).toEqual([])
  })

  it("the nämnd under the organisation's name in a letterhead table, and on the line under it", () => {
    const rest =
      'Handläggare: Nils Wiklund\n\n## Redovisning av delegationsbeslut\n\n## Förslag till beslut\n\n' +
      'Nämnden lägger redovisningen till handlingarna.\n'
    const table = read(
      '| Exempelby kommun | REDOVISNING AV DELEGATIONSBESLUT |\n|---|---|\n' +
        '| Socialnämnden | Datum: 2031-04-11 |\n| | Dnr: SN 2031/3 |\n\n' +
        rest
    )
    expect([table.metadata.unit, table.metadata.addressee, table.metadata.date, table.metadata.caseNumber]).toEqual([
      'Socialnämnden',
      null,
      '2031-04-11',
      'SN 2031/3'
    ])
    const wide = read(
      '| Region Exempelland | | DELEGATIONSBESLUT |\n|---|---|---|\n' +
        '| Hälso- och sjukvårdsnämnden | | Datum: 2031-04-11 |\n\n' +
        rest
    )
    expect([wide.metadata.unit, wide.metadata.addressee]).toEqual(['Hälso- och sjukvårdsnämnden', null])
    const lines = read('Exempelby kommun\nMiljönämnden\n\nDatum: 2031-04-11\n\n' + rest)
    expect([lines.metadata.unit, lines.metadata.addressee]).toEqual(['Miljönämnden', null])
  })
})

describe("a remiss answer whose letterhead is headings: the organisation's name, the document type's word", () => {
  const sections = (r: ReturnType<typeof read>) => r.sections.map((s) => s.heading)
  const rest =
    'Datum: 2031-11-20\nDiarienummer: 2031-000077\n\nFinansdepartementet\n103 33 Stockholm\n' +
    'fi.remissvar@departement.example\n\nHandläggare: Ebba Lind, miljöstrateg, 0123-45 67 89\n\n' +
    '## Yttrande över promemorian Enklare anmälan\n\nFörbundet har beretts tillfälle att yttra sig.\n\n' +
    '### Sammanfattning\n\nFörbundet är positivt till förslaget.\n\n### Konsekvenser\n\nFörbundet ser inga hinder.\n'

  it('a kommunalförbund over its direktion, `## YTTRANDE` over labelled fields, the title as the next heading', () => {
    const r = read(`# Exempelby miljöförbund\n\nFörbundsdirektionen\n\n## YTTRANDE\n\n${rest}`)
    expect([r.metadata.date, r.metadata.caseNumber, r.metadata.title, r.metadata.unit]).toEqual([
      '2031-11-20',
      '2031-000077',
      'Yttrande över promemorian Enklare anmälan',
      'Förbundsdirektionen'
    ])
    expect([r.metadata.officer.name, r.metadata.officer.email]).toEqual(['Ebba Lind', null])
    expect(sections(r)).toEqual(['Sammanfattning', 'Konsekvenser'])
  })

  it("a municipality's name as `#`, the nämnd under it, `# REMISSVAR` at the same depth", () => {
    const r = read(`# Exempelby kommun\n\nMiljönämnden\n\n# REMISSVAR\n\n${rest}`)
    expect([r.metadata.date, r.metadata.title, r.metadata.unit]).toEqual([
      '2031-11-20',
      'Yttrande över promemorian Enklare anmälan',
      'Miljönämnden'
    ])
    expect(sections(r)).toEqual(['Sammanfattning', 'Konsekvenser'])
  })
})
