export { type Exchange, type Reply, type StartedTargets, startTargets, type Target, type TargetKind, type TargetOptions, targetKinds } from './targets';
