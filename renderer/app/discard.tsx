import { Button, Group, Modal, type ModalProps, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { createContext, type ReactNode, use, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Discard changes?" Escape, the cross and a click outside it keep editing; only the red button throws away. */
function DiscardConfirm({ opened, onKeep, onDiscard }: { opened: boolean; onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    // Above the dialog or drawer it guards, which may itself sit above another.
    <Modal opened={opened} onClose={onKeep} title={t('common.discard.title')} size="sm" zIndex={300}>
      <Text size="sm">{t('common.discard.body')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {t('common.discard.keep')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('common.discard.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}

/**
 * Closing a dialog or drawer with unsaved changes asks first, whether by Escape, the cross or a click outside.
 * Spread `props` on the Modal or Drawer and render `confirm` next to it. Escape is handled here rather than by
 * Mantine, which closes every open dialog on one Escape: a dialog opened from a drawer closes alone (the Escape
 * pressed in another dialog is that dialog's), and nothing closes while a dropdown inside it takes the Escape.
 */
export function useDiscardGuard(dirty: boolean, onClose: () => void, opened = true) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const close = () => (dirty ? setAsking(true) : onClose());
  useWindowEvent(
    'keydown',
    (e) => {
      if (!opened || asking || e.key !== 'Escape' || e.isComposing || !(e.target instanceof Element)) return;
      if (e.target.getAttribute('data-mantine-stop-propagation') === 'true') return;
      const inAnother = e.target.closest('[role="dialog"]') !== null && !document.getElementById(id)?.contains(e.target);
      if (!inAnother) close();
    },
    { capture: true },
  );
  return {
    close,
    props: { id, onClose: close, closeOnEscape: false, closeButtonProps: { 'aria-label': t('common.close') } },
    confirm: <DiscardConfirm opened={asking} onKeep={() => setAsking(false)} onDiscard={() => (setAsking(false), onClose())} />,
  };
}

/** A form's Modal that asks before it closes on unsaved changes; `dirty` is the form's `isDirty()` or `useChanged`. */
export function FormModal({ dirty, onClose, opened = true, children, ...props }: Omit<ModalProps, 'opened' | 'onClose'> & { opened?: boolean; dirty: boolean; onClose(): void }) {
  const guard = useDiscardGuard(dirty, onClose, opened);
  return (
    <>
      <Modal opened={opened} {...props} {...guard.props}>
        {children}
      </Modal>
      {guard.confirm}
    </>
  );
}

/** Whether a form kept in useState differs from what it opened with: its `isDirty()`. */
export function useChanged(values: unknown): boolean {
  const [initial] = useState(() => JSON.stringify(values));
  return JSON.stringify(values) !== initial;
}

type Unsaved = { mark(source: string, dirty: boolean): void; leave(then: () => void): void };
const UnsavedContext = createContext<Unsaved>({ mark: () => {}, leave: (then) => then() });

/**
 * Forms that live on a page rather than in a dialog (Settings → Reminder texts, a customer's settings) report
 * unsaved changes here; going to another page or tab asks first through `useLeave`.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const [pending, setPending] = useState<(() => void) | null>(null);
  const mark = useCallback((source: string, on: boolean) => {
    if (on) dirty.current.add(source);
    else dirty.current.delete(source);
  }, []);
  const leave = useCallback((then: () => void) => (dirty.current.size > 0 ? setPending(() => then) : then()), []);
  const value = useMemo(() => ({ mark, leave }), [mark, leave]);
  const discard = () => {
    dirty.current.clear();
    setPending(null);
    pending?.();
  };
  return (
    <UnsavedContext value={value}>
      {children}
      <DiscardConfirm opened={pending !== null} onKeep={() => setPending(null)} onDiscard={discard} />
    </UnsavedContext>
  );
}

/** Reports a page form's unsaved changes for as long as it is on screen. */
export function useUnsavedChanges(dirty: boolean): void {
  const source = useId();
  const { mark } = use(UnsavedContext);
  useEffect(() => {
    mark(source, dirty);
    return () => mark(source, false);
  }, [mark, source, dirty]);
}

/** Runs `then` (another page, tab or text), after asking when a page form has unsaved changes. */
export const useLeave = (): Unsaved['leave'] => use(UnsavedContext).leave;
