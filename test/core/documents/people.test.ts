import { NO_PEOPLE, peopleFromMeeting } from '../../../src/core/documents/people';
import type { MeetingInfo } from '../../../src/core/model';

const cell = (text: string, c: string) => ({ text, cell: c });
const person = (text: string, c: string, name: string, title: string) => ({ ...cell(text, c), name, title });

function meeting(over: Partial<MeetingInfo> = {}): MeetingInfo {
  return {
    number: null,
    start: null,
    end: null,
    place: null,
    chair: null,
    secretary: null,
    centralDelegates: [],
    delegates: [],
    countingPanel: null,
    submissionSigner: null,
    submissionNumber: null,
    recipients: [],
    present: [],
    ...over,
  };
}

describe('peopleFromMeeting: who signs, as Hội nghị names them', () => {
  it('no sheet, or a sheet naming nobody: every signature a dotted line', () => {
    expect(peopleFromMeeting(null)).toEqual(NO_PEOPLE);
    expect(peopleFromMeeting(meeting())).toEqual(NO_PEOPLE);
  });

  it('chair, secretary and the submission signer keep name and title apart', () => {
    const p = peopleFromMeeting(
      meeting({
        chair: person('Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An', 'B4', 'Nguyễn Văn A', 'Phó Chủ tịch UBND tỉnh Nghệ An'),
        secretary: person('Trần Thị B', 'B5', 'Trần Thị B', ''),
        submissionSigner: person('Lê Văn D — Chủ tịch', 'B12', 'Lê Văn D', 'Chủ tịch'),
      }),
    );
    expect(p.chair).toEqual({ name: 'Nguyễn Văn A', title: 'Phó Chủ tịch UBND tỉnh Nghệ An' });
    expect(p.secretary).toEqual({ name: 'Trần Thị B', title: '' });
    expect(p.submissionSigner).toEqual({ name: 'Lê Văn D', title: 'Chủ tịch' });
  });

  it('the counting panel head is the one marked Trưởng ban, wherever listed; else the first', () => {
    const panel = (members: { name: string; role: string }[]) =>
      meeting({ countingPanel: { ...cell('…', 'B10'), members } });
    const marked = peopleFromMeeting(
      panel([
        { name: 'Phan Văn N', role: '' },
        { name: 'Lê Thị M', role: 'Trưởng ban' },
        { name: 'Đỗ Thị P', role: '' },
      ]),
    );
    expect(marked.countingHead).toEqual({ name: 'Lê Thị M', title: 'Trưởng ban' });
    expect(marked.countingMembers.map((m) => m.name)).toEqual(['Phan Văn N', 'Đỗ Thị P']);
    const unmarked = peopleFromMeeting(panel([{ name: 'X', role: '' }, { name: 'Y', role: '' }]));
    expect(unmarked.countingHead?.name).toBe('X');
    expect(unmarked.countingMembers.map((m) => m.name)).toEqual(['Y']);
  });
});
