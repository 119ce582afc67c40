/**
 * What the demo's people write about their plans and reporting rounds (issue 20), in the four languages working
 * groups use: baseline names, milestones planned ahead, round names, and the three parts of a report's narrative.
 * `{scheme}`, `{short}`, `{ministry}`, `{institution}`, `{statistics}` and `{capital}` are filled from the country.
 */
import type { DemoLanguage } from "./texts";

type Texts = Record<DemoLanguage, string>;
type TextList = Record<DemoLanguage, string[]>;

/** The baseline a working group saves once it has agreed its plan. */
export const baselineName: Texts = {
  en: "Work plan as adopted",
  fr: "Plan de travail adopté",
  es: "Plan de trabajo aprobado",
  pt: "Plano de trabalho aprovado",
};

export const baselineNote: Texts = {
  en: "Adopted at the working group's planning meeting with the {ministry}.",
  fr: "Adopté lors de la réunion de planification du groupe de travail avec le {ministry}.",
  es: "Aprobado en la reunión de planificación del grupo de trabajo con el {ministry}.",
  pt: "Aprovado na reunião de planeamento do grupo de trabalho com o {ministry}.",
};

/** Milestones planned ahead on the step under way: a workshop, then a validation. */
export const plannedMilestoneTitles: [Texts, Texts] = [
  {
    en: "Technical workshop with {institution}",
    fr: "Atelier technique avec {institution}",
    es: "Taller técnico con {institution}",
    pt: "Oficina técnica com {institution}",
  },
  {
    en: "Validation of the step's results in {capital}",
    fr: "Validation des résultats de l'étape à {capital}",
    es: "Validación de los resultados de la etapa en {capital}",
    pt: "Validação dos resultados da etapa em {capital}",
  },
];

/** The reason a working group gives when it moves a planned end. */
export const replanNote: Texts = {
  en: "The validation workshop moved to the next quarter.",
  fr: "L'atelier de validation est reporté au trimestre suivant.",
  es: "El taller de validación se aplazó al trimestre siguiente.",
  pt: "A oficina de validação foi adiada para o trimestre seguinte.",
};

/** Rounds are named by the coordinator in English, by half-year. */
export const roundName = (half: 1 | 2, year: number) => `SPF progress report, ${half === 1 ? "first" : "second"} half of ${year}`;

export const narrativeTexts: { achievements: TextList; difficulties: TextList; nextSteps: TextList } = {
  achievements: {
    en: [
      "The working group met every month and agreed its work plan with the {ministry}. The coverage figures of {short} were shared by {statistics}.",
      "The inventory of schemes was completed with {institution}, and the findings were presented to the social partners in {capital}.",
    ],
    fr: [
      "Le groupe de travail s'est réuni chaque mois et a arrêté son plan de travail avec le {ministry}. Les chiffres de couverture de {short} ont été transmis par {statistics}.",
      "L'inventaire des régimes a été achevé avec {institution} et les résultats ont été présentés aux partenaires sociaux à {capital}.",
    ],
    es: [
      "El grupo de trabajo se reunió cada mes y acordó su plan de trabajo con el {ministry}. Las cifras de cobertura de {short} fueron compartidas por {statistics}.",
      "El inventario de regímenes se terminó con {institution} y los resultados se presentaron a los interlocutores sociales en {capital}.",
    ],
    pt: [
      "O grupo de trabalho reuniu-se todos os meses e acordou o plano de trabalho com o {ministry}. O instituto de estatística partilhou os números de cobertura do {short}.",
      "O inventário dos regimes foi concluído com {institution} e os resultados foram apresentados aos parceiros sociais em {capital}.",
    ],
  },
  difficulties: {
    en: [
      "Data on workers in the informal economy remain scarce, and two meetings were postponed for lack of a quorum.",
      "The budget calendar left little time for the costing discussions with the finance ministry.",
    ],
    fr: [
      "Les données sur les travailleurs de l'économie informelle restent rares, et deux réunions ont été reportées faute de quorum.",
      "Le calendrier budgétaire a laissé peu de temps aux échanges sur le chiffrage avec le ministère des Finances.",
    ],
    es: [
      "Los datos sobre los trabajadores de la economía informal siguen siendo escasos, y dos reuniones se aplazaron por falta de quórum.",
      "El calendario presupuestario dejó poco tiempo para las discusiones sobre el costeo con el ministerio de Hacienda.",
    ],
    pt: [
      "Os dados sobre os trabalhadores da economia informal continuam escassos, e duas reuniões foram adiadas por falta de quórum.",
      "O calendário orçamental deixou pouco tempo para as discussões sobre a orçamentação com o ministério das Finanças.",
    ],
  },
  nextSteps: {
    en: [
      "Hold the validation workshop with {institution} and send the draft options to the {ministry}.",
      "Finish the step under way and prepare the national dialogue on the floor's priorities.",
    ],
    fr: [
      "Tenir l'atelier de validation avec {institution} et transmettre les options provisoires au {ministry}.",
      "Achever l'étape en cours et préparer le dialogue national sur les priorités du socle.",
    ],
    es: [
      "Celebrar el taller de validación con {institution} y enviar las opciones provisionales al {ministry}.",
      "Terminar la etapa en curso y preparar el diálogo nacional sobre las prioridades del piso.",
    ],
    pt: [
      "Realizar a oficina de validação com {institution} e enviar as opções provisórias ao {ministry}.",
      "Concluir a etapa em curso e preparar o diálogo nacional sobre as prioridades do piso.",
    ],
  },
};

/** The reviewer's reason when returning a report, in the country's language. */
export const returnReasons: Texts = {
  en: "Please add the figures of the period's support transactions to the achievements.",
  fr: "Merci d'ajouter aux réalisations les montants des appuis reçus pendant la période.",
  es: "Añadan, por favor, a los logros los montos de los apoyos recibidos en el período.",
  pt: "Acrescentem, por favor, às realizações os montantes dos apoios recebidos no período.",
};

/** What the group adds before submitting again. */
export const resubmissionNote: Texts = {
  en: "Support received in the period is listed in the draft's transactions.",
  fr: "Les appuis reçus pendant la période figurent dans les transactions du projet de rapport.",
  es: "Los apoyos recibidos en el período figuran en las transacciones del borrador.",
  pt: "Os apoios recebidos no período constam das transacções do projecto de relatório.",
};
