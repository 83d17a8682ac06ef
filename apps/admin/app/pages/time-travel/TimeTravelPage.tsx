// Time travel: pick a date and an axis (business: what was true then, as known now; recorded: what the platform
// showed then) and see the province as it was; pick a second date to see what changed between the two.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Segmented, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayInVietnam } from '../../lib/format';
import { useTenant } from '../../session/session';
import { DiffView } from './DiffView';
import { Snapshot } from './Snapshot';

type Axis = 'business' | 'recorded';

export function TimeTravelPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [search, setSearch] = useSearchParams();
  const at = search.get('at') ?? todayInVietnam();
  const axis: Axis = search.get('axis') === 'recorded' ? 'recorded' : 'business';
  const compare = search.get('compare');
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next);
  };

  const view = useQuery({
    queryKey: ['as-of', tenant, at, axis],
    queryFn: () => ok(api.GET('/api/tenants/{tenant}/as-of', { params: { path: { tenant }, query: { at, axis } } })),
  });
  const diff = useQuery({
    queryKey: ['as-of-diff', tenant, at, compare, axis],
    enabled: compare !== null,
    queryFn: () => {
      const [from, to] = [at, compare ?? at].sort();
      return ok(api.GET('/api/tenants/{tenant}/as-of/diff', { params: { path: { tenant }, query: { from, to, axis } } }));
    },
  });

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('timeTravel.title')}
      </Typography.Title>
      <Form layout="inline" name="time-travel" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label={t('timeTravel.at')} htmlFor="time-travel-at">
          <DatePicker id="time-travel-at" format="DD/MM/YYYY" allowClear={false} value={dayjs(at)} onChange={(value) => value && update({ at: value.format('YYYY-MM-DD') })} />
        </Form.Item>
        <Form.Item label={t('timeTravel.axis')}>
          <Segmented<Axis>
            aria-label={t('timeTravel.axis')}
            value={axis}
            options={[
              { value: 'business', label: t('axis.business') },
              { value: 'recorded', label: t('axis.recorded') },
            ]}
            onChange={(value) => update({ axis: value })}
          />
        </Form.Item>
        <Form.Item label={t('timeTravel.compare')} htmlFor="time-travel-compare">
          <DatePicker id="time-travel-compare" format="DD/MM/YYYY" value={compare ? dayjs(compare) : null} onChange={(value) => update({ compare: value ? value.format('YYYY-MM-DD') : null })} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t(`timeTravel.axisHelp.${axis}`)}</Typography.Paragraph>
      {diff.error && <ProblemAlert error={diff.error} />}
      {diff.data && <DiffView diff={diff.data} />}
      {view.error && <ProblemAlert error={view.error} />}
      {view.isPending ? <Spin /> : view.data && <Snapshot view={view.data} />}
    </>
  );
}
