/**
 * The experience write-ups of the demo: what a working group (or an adviser) learned on one key step, in the
 * language it works in, some with an English version too. Invented, but in the shape of the SPF-I's
 * "successful experiences" series.
 */
import type { DemoLanguage } from "./texts";

export type ExperienceText = { title: string; context: string; whatWasDone: string; whatWorked: string; whatToChange: string };

export type DemoExperience = {
  countryCode: string;
  stepKey: string;
  /** Written by the adviser of this agency; otherwise by the working group. */
  agency?: string;
  featured: boolean;
  language: DemoLanguage;
  text: ExperienceText;
  translation?: { language: DemoLanguage; text: ExperienceText };
};

export const demoExperiences: DemoExperience[] = [
  {
    countryCode: "BJ",
    stepKey: "working_group",
    featured: true,
    language: "fr",
    text: {
      title: "Un arrêté interministériel pour ancrer le groupe de travail",
      context: "Les premières réunions rassemblaient surtout le ministère des Affaires sociales ; les Finances et les partenaires sociaux venaient rarement.",
      whatWasDone: "Le groupe a préparé un projet d'arrêté interministériel fixant sa composition, sa présidence tournante et un calendrier trimestriel, puis l'a fait signer par trois ministres.",
      whatWorked: "Avec un mandat écrit, chaque ministère a désigné un point focal et un suppléant ; la participation est passée de 8 à 21 membres réguliers.",
      whatToChange: "Prévoir dès le départ un budget de fonctionnement du secrétariat : sans lui, les comptes rendus ont pris du retard.",
    },
    translation: {
      language: "en",
      text: {
        title: "An inter-ministerial decree to anchor the working group",
        context: "The first meetings brought together mainly the Ministry of Social Affairs; Finance and the social partners rarely came.",
        whatWasDone: "The group drafted an inter-ministerial decree setting its membership, a rotating chair and a quarterly calendar, and had it signed by three ministers.",
        whatWorked: "With a written mandate, each ministry named a focal point and a deputy; attendance rose from 8 to 21 regular members.",
        whatToChange: "Plan a running budget for the secretariat from the start: without one, the minutes fell behind.",
      },
    },
  },
  {
    countryCode: "MZ",
    stepKey: "assessment",
    featured: true,
    language: "pt",
    text: {
      title: "Avaliação ABND com os governos provinciais",
      context: "Os dados sobre a cobertura existiam a nível central, mas as lacunas eram mais visíveis nas províncias do norte.",
      whatWasDone: "O grupo de trabalho organizou três seminários provinciais antes do seminário nacional, com o INAS, as direcções provinciais e as organizações comunitárias.",
      whatWorked: "As províncias trouxeram listas de espera e casos concretos que tornaram a matriz de avaliação mais convincente para o Ministério da Economia e Finanças.",
      whatToChange: "Partilhar a matriz com antecedência: alguns participantes viram-na pela primeira vez no dia do seminário.",
    },
  },
  {
    countryCode: "AR",
    stepKey: "costing_financing",
    featured: false,
    language: "es",
    text: {
      title: "Costeo de la ampliación de la AUH con datos administrativos",
      context: "Las encuestas no permitían estimar con precisión cuántos niños quedaban fuera de la Asignación Universal por Hijo.",
      whatWasDone: "La mesa cruzó los registros de ANSES con los de salud y educación para estimar la población no cubierta y costear tres escenarios de ampliación.",
      whatWorked: "El Ministerio de Economía aceptó las cifras porque venían de sus propios registros; el escenario intermedio entró en la discusión presupuestaria.",
      whatToChange: "Firmar antes el convenio de intercambio de datos: la espera retrasó el costeo cuatro meses.",
    },
    translation: {
      language: "en",
      text: {
        title: "Costing the extension of the AUH with administrative data",
        context: "Surveys could not say precisely how many children were left out of the Universal Child Allowance.",
        whatWasDone: "The working group matched ANSES records with health and education records to estimate the uncovered population and cost three extension scenarios.",
        whatWorked: "The Ministry of Economy accepted the figures because they came from its own records; the middle scenario entered the budget discussion.",
        whatToChange: "Sign the data-sharing agreement earlier: waiting for it delayed the costing by four months.",
      },
    },
  },
  {
    countryCode: "TH",
    stepKey: "monitoring",
    agency: "ILO",
    featured: true,
    language: "en",
    text: {
      title: "Linking Universal Coverage Scheme data to the floor's indicators",
      context: "Thailand already measured health coverage well, but income security for children and older persons sat in separate databases.",
      whatWasDone: "The working group agreed on eight indicators aligned with SDG target 1.3 and a yearly data request to each scheme, compiled by the National Statistical Office.",
      whatWorked: "A single annual report now shows every guarantee of the floor side by side; the first edition was presented to the Cabinet.",
      whatToChange: "Agree definitions of 'covered' per scheme before collecting data: the first round counted some people twice.",
    },
  },
  {
    countryCode: "RW",
    stepKey: "awareness",
    featured: false,
    language: "en",
    text: {
      title: "Community work days to explain the floor",
      context: "Many households knew the Umurenge programme but not what the floor would add.",
      whatWasDone: "Sector officers used the monthly community work days to present the floor's guarantees with a short illustrated leaflet in Kinyarwanda.",
      whatWorked: "Questions raised in the meetings were collected and answered in the next radio programme.",
      whatToChange: "Train the sector officers before the first session; some answers differed from district to district.",
    },
  },
  {
    countryCode: "TG",
    stepKey: "stakeholders",
    featured: false,
    language: "fr",
    text: {
      title: "Associer les mutuelles et les syndicats dès le départ",
      context: "La première liste d'acteurs ne comptait que des institutions publiques.",
      whatWasDone: "Le groupe a invité les mutuelles de santé, les syndicats et les organisations de femmes commerçantes à compléter la cartographie.",
      whatWorked: "La cartographie a révélé des régimes communautaires inconnus du ministère, aujourd'hui pris en compte dans l'évaluation.",
      whatToChange: "Prévoir l'interprétation en éwé et en kabiyè pour les rencontres régionales.",
    },
  },
  {
    countryCode: "VN",
    stepKey: "assessment",
    agency: "UNICEF",
    featured: false,
    language: "en",
    text: {
      title: "Using the household living standards survey for the coverage map",
      context: "Administrative data covered contributory schemes well, but not the informal sector.",
      whatWasDone: "The assessment team added social protection questions to the next household living standards survey round, with the General Statistics Office.",
      whatWorked: "Coverage could be shown by province, age and sex, which convinced provinces to join the dialogue.",
      whatToChange: "Budget for a second round: one survey gives a picture, not a trend.",
    },
  },
];
