/** Why a part is not XML we can read (src/file/xml/xmlTokenizer.ts). */
export type XmlProblemKind = 'malformed' | 'dtd' | 'tooDeep' | 'tooLong';

export class XmlProblem extends Error {
  constructor(
    readonly kind: XmlProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'XmlProblem';
  }
}
