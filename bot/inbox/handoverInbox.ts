import type { StaffMember } from '../staff/staffAccount.js';
import type { Handover, HandoverStatus } from '../storage/records.js';
import type { Collection } from '../storage/repository.js';

const NEXT_STATUSES: Record<HandoverStatus, readonly HandoverStatus[]> = {
  nieuw: ['geaccepteerd', 'teruggegeven'],
  geaccepteerd: ['contact-gelegd', 'teruggegeven'],
  'contact-gelegd': ['afgesloten', 'teruggegeven'],
  afgesloten: [],
  teruggegeven: [],
};

/** The statuses a handover may go to next. */
export function nextStatuses(status: HandoverStatus): readonly HandoverStatus[] {
  return NEXT_STATUSES[status];
}

/** Why a change to a handover was refused, in words for the console. */
export class InboxError extends Error {
  constructor(
    readonly status: 404 | 409 | 400,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A provider's inbox of warm handovers: a client supporter sees only their own provider's,
 * accepts one, makes contact, closes it (or gives it back with a reason), assigns it to a
 * colleague and keeps internal notes.
 */
export class HandoverInbox {
  constructor(
    private readonly handovers: Collection<Handover>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The provider's handovers, newest first. */
  async list(aanbieder: string): Promise<Handover[]> {
    const own: Handover[] = [];
    for await (const handover of this.handovers.each())
      if (handover.aanbieder === aanbieder) own.push(handover);
    return own.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** One handover, only for its own provider's staff (another provider's is "not found"). */
  async get(member: StaffMember, reference: string): Promise<Handover> {
    const handover = await this.handovers.get(reference.toUpperCase());
    if (!handover || handover.aanbieder !== member.aanbieder)
      throw new InboxError(404, 'Deze overdracht bestaat niet.');
    return handover;
  }

  async setStatus(
    member: StaffMember,
    reference: string,
    status: HandoverStatus,
    reden?: string,
  ): Promise<Handover> {
    if (status === 'teruggegeven' && !reden?.trim())
      throw new InboxError(400, 'Geef een reden bij teruggeven.');
    return this.change(member, reference, (handover, at) => {
      if (!NEXT_STATUSES[handover.status].includes(status)) {
        throw new InboxError(409, `Van ${handover.status} kan het niet naar ${status}.`);
      }
      return {
        ...handover,
        status,
        ...(status === 'teruggegeven' ? { reden: reden?.trim() } : {}),
        ...(status === 'geaccepteerd' && !handover.toegewezenAan ? { toegewezenAan: member.username } : {}),
        geschiedenis: [...(handover.geschiedenis ?? []), { at, door: member.username, status }],
      };
    });
  }

  async assign(member: StaffMember, reference: string, colleague: StaffMember): Promise<Handover> {
    if (colleague.role !== 'ondersteuner' || colleague.aanbieder !== member.aanbieder) {
      throw new InboxError(400, 'Alleen een collega van dezelfde organisatie.');
    }
    return this.change(member, reference, (handover) => ({ ...handover, toegewezenAan: colleague.username }));
  }

  async note(member: StaffMember, reference: string, tekst: string): Promise<Handover> {
    if (!tekst.trim()) throw new InboxError(400, 'Een lege notitie bewaar ik niet.');
    return this.change(member, reference, (handover, at) => ({
      ...handover,
      notities: [...(handover.notities ?? []), { at, door: member.username, tekst: tekst.trim() }],
    }));
  }

  private async change(
    member: StaffMember,
    reference: string,
    edit: (handover: Handover, at: string) => Handover,
  ): Promise<Handover> {
    const at = this.now().toISOString();
    // One read, under the document's own queue: another provider's handover is "not found".
    const changed = await this.handovers.update(reference.toUpperCase(), (current) => {
      if (!current || current.aanbieder !== member.aanbieder) {
        throw new InboxError(404, 'Deze overdracht bestaat niet.');
      }
      return { ...edit(current, at), updatedAt: at };
    });
    if (!changed) throw new InboxError(404, 'Deze overdracht bestaat niet.');
    return changed;
  }
}
