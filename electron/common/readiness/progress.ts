/** How far reading an instance's operators has got: the table being read and the rows read so far. */
export interface ReadinessProgress {
  table: 'logon' | 'operators' | 'groups' | 'memberships' | 'logoff';
  rows: number;
}
