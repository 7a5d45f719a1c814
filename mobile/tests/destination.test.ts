import { aboutSdr, destinationOf } from '@/modules/notifications/destination';

import { pushDataOf, replyNotification } from './support/sdrData';

const reply = replyNotification('interested');
const conversation = {
  pathname: '/sdr/conversations/[id]',
  params: { id: reply.data.enrollment_id },
};

describe('where a notification or its push opens', () => {
  it('a reply: its conversation, from the notification or from its push', () => {
    expect(destinationOf(reply)).toEqual(conversation);
    expect(destinationOf(pushDataOf(reply))).toEqual(conversation);
  });

  it('the SDR without an enrollment: the replies inbox', () => {
    expect(destinationOf(pushDataOf({ ...reply, data: {} }))).toBe('/sdr/replies');
    expect(destinationOf(pushDataOf({ ...reply, kind: 'sdr.campaign_paused' }))).toBe(
      '/sdr/replies',
    );
    expect(destinationOf({ link: '/sdr/campaigns/x' })).toBe('/sdr/replies');
  });

  it("an agent's approval: the queue; anything else: the notifications", () => {
    expect(destinationOf({ link: '/agents/approvals' })).toBe('/approvals');
    expect(destinationOf({ link: '/crm/deals/1', data: null })).toBe('/notifications');
    expect(destinationOf({})).toBe('/notifications');
  });

  it('tells which pushes make the SDR lists stale', () => {
    expect(aboutSdr(pushDataOf(reply))).toBe(true);
    expect(aboutSdr({ link: '/sdr/campaigns/x' })).toBe(true);
    expect(aboutSdr({ link: '/agents/approvals', kind: 'agents.approval_requested' })).toBe(false);
  });
});
