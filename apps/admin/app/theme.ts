// Ant Design's theme: denser tables and forms, and colours dark enough for text on them to pass WCAG AA
// (antd's default blue #1677ff under white text is 4.1:1; axe counts that as a serious violation).
import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b57c5',
    colorLink: '#0b57c5',
    // antd derives lighter hover shades, under which white text falls below 4.5:1: darker ones instead
    colorPrimaryHover: '#0a4aa8',
    colorPrimaryActive: '#083d8a',
    colorLinkHover: '#0a4aa8',
    colorLinkActive: '#083d8a',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#c41d1d',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    // empty-table text and the calendar's days of other months: still text a person reads
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    borderRadius: 4,
    fontSize: 14,
  },
  components: {
    Table: { cellPaddingBlockSM: 4, cellPaddingInlineSM: 6 },
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px' },
  },
};

/** Red / amber / green, each with text colours that keep 4.5:1 on their light backgrounds. */
export const STATUS_COLOURS = {
  green: { text: '#135200', background: '#f6ffed', border: '#95de64' },
  amber: { text: '#873800', background: '#fff7e6', border: '#ffc069' },
  red: { text: '#a8071a', background: '#fff1f0', border: '#ff7875' },
  none: { text: '#434343', background: '#fafafa', border: '#d9d9d9' },
} as const;
