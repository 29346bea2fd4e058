// What other features use: the add/edit dialog (the customer page opens it) and the badges.
export { ParticipationModal, type ParticipationModalProps } from './ParticipationModal';
export { RoleLabel, StatusBadge, STATUS_COLORS } from './StatusBadge';
export { StatusHistory } from './StatusHistory';
