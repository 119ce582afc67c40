/** The demo's courses, in the languages they are given in. */
import type { Texts } from "./texts";

/** Courses the training institutions the seed names give, in the languages they are given in. */
export const courses: { institution: string; title: Texts; days: number }[] = [
  {
    institution: "itc-ilo-turin",
    title: {
      en: "Social protection floors: from design to implementation",
      fr: "Socles de protection sociale : de la conception à la mise en œuvre",
      es: "Pisos de protección social: del diseño a la implementación",
      pt: "Pisos de protecção social: da concepção à implementação",
    },
    days: 10,
  },
  {
    institution: "itc-ilo-turin",
    title: { en: "Academy on Social Security", fr: "Académie sur la sécurité sociale", es: "Academia sobre Seguridad Social", pt: "Academia sobre Segurança Social" },
    days: 12,
  },
  {
    institution: "maastricht-university",
    title: {
      en: "Quantitative methods for social protection policy",
      fr: "Méthodes quantitatives pour les politiques de protection sociale",
      es: "Métodos cuantitativos para políticas de protección social",
      pt: "Métodos quantitativos para políticas de protecção social",
    },
    days: 5,
  },
  {
    institution: "university-of-lausanne",
    title: { en: "Social budgeting and fiscal space", fr: "Budget social et espace budgétaire", es: "Presupuesto social y espacio fiscal", pt: "Orçamento social e espaço fiscal" },
    days: 5,
  },
  {
    institution: "university-of-mauritius",
    title: {
      en: "Extending social protection in Africa",
      fr: "Étendre la protection sociale en Afrique",
      es: "Extender la protección social en África",
      pt: "Alargar a protecção social em África",
    },
    days: 5,
  },
];
