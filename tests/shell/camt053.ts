/** A CAMT.053.001.08 statement built for a test: credits and debits with structured or free-text remittance. */
export type TestEntry = {
  amountCents: number;
  direction?: 'credit' | 'debit';
  /** A reversal (RvslInd) of an earlier entry; it names that entry's parties. */
  reversal?: boolean;
  /** A structured reference: 'nl' (kenmerk, issuer CUR), 'be' (OGM, BBA) or 'rf' (ISO). */
  reference?: { scheme: 'nl' | 'be' | 'rf'; value: string };
  text?: string;
  name?: string;
  iban?: string;
  /** The payer's end-to-end id; by default one made of the statement id and the position. */
  endToEndId?: string;
};

export const OWN = 'NL91ABNA0417164300';
export const issuer = { nl: 'CUR', be: 'BBA', rf: 'ISO' } as const;
const amount = (cents: number) => (cents / 100).toFixed(2);

export function camt053(statementId: string, entries: TestEntry[], date = '2026-11-20'): string {
  const net = entries.reduce((s, e) => s + (e.direction === 'debit' ? -e.amountCents : e.amountCents), 0);
  const ntry = entries
    .map((e, i) => {
      const rmt = e.reference
        ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>${issuer[e.reference.scheme]}</Issr></Tp><Ref>${e.reference.value}</Ref></CdtrRefInf></Strd></RmtInf>`
        : `<RmtInf><Ustrd>${e.text ?? ''}</Ustrd></RmtInf>`;
      return `      <Ntry>
        <NtryRef>${statementId}-${i + 1}</NtryRef>
        <Amt Ccy="EUR">${amount(e.amountCents)}</Amt>
        <CdtDbtInd>${e.direction === 'debit' ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        ${e.reversal ? '<RvslInd>true</RvslInd>' : ''}
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${date}</Dt></BookgDt>
        <ValDt><Dt>${date}</Dt></ValDt>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>${e.endToEndId ?? `E2E-${statementId}-${i + 1}`}</EndToEndId></Refs>
          <RltdPties>
            <Dbtr><Pty><Nm>${e.name ?? 'Unknown payer'}</Nm></Pty></Dbtr>
            <DbtrAcct><Id><IBAN>${e.iban ?? 'NL02ABNA0123456789'}</IBAN></Id></DbtrAcct>
          </RltdPties>
          ${rmt}
        </TxDtls></NtryDtls>
      </Ntry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${statementId}</MsgId><CreDtTm>${date}T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${statementId}</Id>
      <Acct><Id><IBAN>${OWN}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount(Math.abs(net))}</Amt><CdtDbtInd>${net < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>
${ntry}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}
