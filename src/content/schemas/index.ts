export * from './common';
export * from './page';
export * from './faq';
export * from './runbook';
export * from './exercise';
export * from './policy';
export * from './toolpack';
export * from './maps';
