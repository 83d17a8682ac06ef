// What can be done to a member from the roster: a dropdown per row offering the changes the member's seat allows
// (a serving member can be given notice of a long absence; a seat pending replacement can get a proposal, the
// replacement's appointment or the member's return) and the signed-in user may make (the API's role table), and
// one modal holding the chosen change's form.
import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OperationId } from '../../session/roles';
import { useCan } from '../../session/session';
import type { PendingSeat, RosterMember } from './fields';
import { AppointReplacementForm, ChangeRoleForm, DismissForm, EndLongAbsenceForm, LongAbsenceForm, ProposeReplacementForm, type MemberFormProps } from './MemberForms';

export type MemberAction = 'changeRole' | 'notifyLongAbsence' | 'proposeReplacement' | 'appointReplacement' | 'endLongAbsence' | 'dismiss';

const OPERATIONS: Record<MemberAction, OperationId> = {
  changeRole: 'changeMemberRole',
  notifyLongAbsence: 'notifyLongAbsence',
  proposeReplacement: 'proposeReplacement',
  appointReplacement: 'appointReplacement',
  endLongAbsence: 'endLongAbsence',
  dismiss: 'dismissMember',
};

/** The changes the seat allows that the user may make; none for a viewer. */
export function useMemberActions(): (member: RosterMember, seat: PendingSeat | undefined) => MemberAction[] {
  const can = useCan();
  return (member, seat) => {
    const byStatus: MemberAction[] =
      member.seat.status === 'serving'
        ? ['changeRole', 'notifyLongAbsence', 'dismiss']
        : // the replacement is appointed once the agency has proposed one
          ['changeRole', 'proposeReplacement', ...(seat?.proposal ? (['appointReplacement'] as const) : []), 'endLongAbsence', 'dismiss'];
    return byStatus.filter((action) => can(OPERATIONS[action]));
  };
}

export function MemberActionsMenu({ member, actions, onChoose }: { member: RosterMember; actions: MemberAction[]; onChoose: (action: MemberAction) => void }) {
  const { t } = useTranslation();
  const name = member.person.fullName ?? t('roster.erased');
  return (
    <Dropdown trigger={['click']} menu={{ items: actions.map((action) => ({ key: action, label: t(`rosterEdit.${action}`), danger: action === 'dismiss' })), onClick: ({ key }) => onChoose(key as MemberAction) }}>
      <Button size="small" aria-label={t('rosterEdit.actionsOf', { name })}>
        {t('rosterEdit.actions')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}

export type Chosen = { action: MemberAction; member: RosterMember };

/** The chosen change's form in a modal; `chosen` stays set while the modal closes, so its content does not vanish mid-animation. */
export function MemberActionModal(props: { tenant: string; committeeId: string; open: boolean; chosen: Chosen | null; seat: PendingSeat | undefined; serving: ReadonlySet<string>; onDone: () => void; onClose: () => void; afterClose: () => void }) {
  const { tenant, committeeId, open, chosen, seat, serving, onDone, onClose, afterClose } = props;
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={chosen && t('rosterEdit.dialogTitle', { action: t(`rosterEdit.${chosen.action}`), name: chosen.member.person.fullName ?? t('roster.erased') })}
      onCancel={onClose}
      afterClose={afterClose}
      footer={null}
      destroyOnHidden
      maskClosable={false}
    >
      {chosen && <ActionForm action={chosen.action} form={{ tenant, committeeId, member: chosen.member, onDone, onCancel: onClose }} seat={seat} serving={serving} />}
    </Modal>
  );
}

function ActionForm({ action, form, seat, serving }: { action: MemberAction; form: MemberFormProps; seat: PendingSeat | undefined; serving: ReadonlySet<string> }) {
  switch (action) {
    case 'changeRole':
      return <ChangeRoleForm {...form} />;
    case 'notifyLongAbsence':
      return <LongAbsenceForm {...form} />;
    case 'proposeReplacement':
      return <ProposeReplacementForm {...form} serving={serving} />;
    case 'appointReplacement':
      return <AppointReplacementForm {...form} seat={seat} />;
    case 'endLongAbsence':
      return <EndLongAbsenceForm {...form} />;
    case 'dismiss':
      return <DismissForm {...form} />;
    default: {
      const unknown: never = action;
      throw new Error(`no form for ${String(unknown)}`);
    }
  }
}
