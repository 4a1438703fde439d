/**
 * The message that names each class a legend, a tooltip or the table shows: a kind of gap, who
 * controls public order under a decree, an authority.
 */
import type { AuthorityId } from '../domain/authorities';
import type { EmergencyControl } from '../domain/emergency';
import type { MissingKind } from '../domain/values';
import type { MessageKey } from '../i18n/es';

export const MISSING_KEYS: Record<MissingKind, MessageKey> = {
  noData: 'missing.noData',
  notYetDistrict: 'missing.notYetDistrict',
  outsideCoverage: 'missing.outsideCoverage',
};

export const CONTROL_KEYS: Record<EmergencyControl, MessageKey> = {
  armedForces: 'emergency.armedForces',
  police: 'emergency.police',
  joint: 'emergency.joint',
  notStated: 'emergency.notStated',
  mixed: 'emergency.mixed',
};

export const AUTHORITY_KEYS: Record<AuthorityId, MessageKey> = {
  regionalGovernment: 'authority.regionalGovernment',
  provincialMunicipality: 'authority.provincialMunicipality',
  districtMunicipality: 'authority.districtMunicipality',
  nationalPolice: 'authority.nationalPolice',
  armedForces: 'authority.armedForces',
  devida: 'authority.devida',
  vraemStrategy: 'authority.vraemStrategy',
};
