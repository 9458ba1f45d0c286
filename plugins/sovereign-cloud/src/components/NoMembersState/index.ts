export { hasNoMembers, NoMembersState } from './NoMembersState';
