/**
 * Spanish for the event types of the curated incidents (event_type of
 * vraem_security_events_2003_2023_transcribed.csv, written in English by the data gathering).
 * A type not listed here stops the pipeline, naming the row and field.
 */
import { RawDataError } from './csv';
import type { Bilingual } from './aggregateLabels';

export const INCIDENT_TYPES_ES: Record<string, string> = {
  'ambush of Army patrol escorting electoral material (explosives + gunfire)':
    'emboscada a patrulla del Ejército que custodiaba material electoral (explosivos y disparos)',
  'ambush of highway-police patrol (rifle/machine-gun fire from hills)':
    'emboscada a patrulla de la policía de carreteras (fusiles y ametralladoras desde los cerros)',
  'ambush of police patrol': 'emboscada a patrulla policial',
  'ambush of police vehicle (automatic weapons and explosives)':
    'emboscada a vehículo policial (armas automáticas y explosivos)',
  'ambush of police vehicle (long-range firearms)':
    'emboscada a vehículo policial (armas de largo alcance)',
  'ambush of police vehicle with explosives and gunfire':
    'emboscada a vehículo policial con explosivos y disparos',
  'ambush of two returning Army patrols (rocket + small arms)':
    'emboscada a dos patrullas del Ejército en retorno (cohete y armas ligeras)',
  'ambush with explosive charge and gunfire on military convoy carrying civilians':
    'emboscada con carga explosiva y disparos a convoy militar que llevaba civiles',
  'ambush with explosives on two Army patrols':
    'emboscada con explosivos a dos patrullas del Ejército',
  'armed incursion at road-construction camp (looting, forced indoctrination)':
    'incursión armada en campamento de obra vial (saqueo, adoctrinamiento forzado)',
  'armed seizure of police station (Andahuaylazo)': 'toma armada de comisaría (Andahuaylazo)',
  'attack on Air Force Mi-17 helicopter during casualty evacuation':
    'ataque a helicóptero Mi-17 de la Fuerza Aérea durante una evacuación de heridos',
  'attack on Army personnel': 'ataque a personal del Ejército',
  'attack on police helicopter (UH-1H Huey II) during hostage search':
    'ataque a helicóptero policial (UH-1H Huey II) durante la búsqueda de rehenes',
  'attack on river patrol boats (long-range firearms)':
    'ataque a lanchas de patrulla fluvial (armas de largo alcance)',
  'attack with dynamite charges on Army patrol':
    'ataque con cargas de dinamita a patrulla del Ejército',
  'clash during military operation to capture "Comrade Raúl" (Jorge Quispe Palomino)':
    'enfrentamiento durante operación militar para capturar al "camarada Raúl" (Jorge Quispe Palomino)',
  'kidnapping of gas-pipeline workers (Techint camp, Camisea pipeline)':
    'secuestro de trabajadores del gasoducto (campamento de Techint, gasoducto de Camisea)',
  'mass kidnapping of Camisea contractor workers (Skanska, Coga / Construcciones Modulares)':
    'secuestro masivo de trabajadores de contratistas de Camisea (Skanska, Coga / Construcciones Modulares)',
  'massacre of civilians in two bars': 'masacre de civiles en dos bares',
  'military-police operation ("Operación Camaleón") killing SL leaders':
    'operación militar-policial ("Operación Camaleón") en la que murieron mandos de SL',
  'mines + ambush on joint Army-Police patrol (operation "Ojo de águila")':
    'minas y emboscada a patrulla conjunta Ejército-Policía (operación "Ojo de águila")',
  'sabotage: burning of road-construction machinery': 'sabotaje: quema de maquinaria de obra vial',
  'sniper fire on military base': 'disparos de francotirador contra base militar',
};

export function incidentTypeLabel(file: string, row: number, type: string): Bilingual {
  const es = INCIDENT_TYPES_ES[type];
  if (es === undefined)
    throw new RawDataError(
      file,
      row,
      'event_type',
      `"${type}" has no Spanish label: add it to scripts/lib/incidentTypeLabels.ts`,
    );
  return { es, en: type };
}
