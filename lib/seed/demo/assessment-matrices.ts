/**
 * The demonstration dataset's assessment matrices (issue 17, decision 1720): what three working groups wrote of
 * their country's gaps, implementation issues and recommendations for each guarantee, in the language of their
 * inventory (scheme-inventories.ts), and what became of them. The schemes and institutions named are the real
 * ones; the statements are kept general (no figures), as a group's first draft would be.
 */
type Guarantee = "health" | "children" | "active_age" | "older_persons";
type Kind = "benefit_coverage" | "management";
type Priority = "high" | "medium" | "low";

export type DemoAssessmentItem = {
  guarantee: Guarantee;
  section: "policy_gap" | "implementation_issue" | "recommendation";
  statement: string;
  details: string;
  recommendationKind?: Kind;
  priority?: Priority;
  /** The name the review and the dialogue use for a recommendation. */
  key?: string;
};

export type DemoMatrix = {
  items: DemoAssessmentItem[];
  /** Who reads it: kept to the working group, or shared with everyone signed in (and so the reviewer). */
  sharing: "country" | "all";
  /** On a shared matrix: the reviewer asks for a change on one recommendation; the group answers, edits, and it is validated. */
  review?: { item: string; request: string; answer: string; details: string; validation: string };
  /**
   * The national dialogue, logged on the policy-options step with its report: it endorses every proposed
   * recommendation but those it `postponed`; afterwards one is reworded, one adopted and one dropped.
   */
  dialogue?: {
    title: string;
    description: string;
    report: { heading: string; file: string; lines: string[] };
    postponed: string[];
    edit: { item: string; statement: string; details: string };
    adopt: { item: string; reason: string };
    drop: { item: string; reason: string };
  };
};

const gap = (guarantee: Guarantee, statement: string, details = ""): DemoAssessmentItem => ({ guarantee, section: "policy_gap", statement, details });
const issue = (guarantee: Guarantee, statement: string, details = ""): DemoAssessmentItem => ({ guarantee, section: "implementation_issue", statement, details });
const recommend = (key: string, guarantee: Guarantee, kind: Kind, priority: Priority, statement: string, details = ""): DemoAssessmentItem => ({
  guarantee,
  section: "recommendation",
  statement,
  details,
  recommendationKind: kind,
  priority,
  key,
});

export const demoMatrices: Record<string, DemoMatrix> = {
  MZ: {
    sharing: "all",
    items: [
      gap("health", "A cobertura efectiva de cuidados de saúde primários é baixa nas zonas rurais, onde as unidades sanitárias ficam longe de grande parte da população.", "O Serviço Nacional de Saúde cobre por lei toda a população; o acesso real depende da distância e do custo do transporte."),
      issue("health", "Os dados de utilização dos serviços de saúde não são desagregados por programa de protecção social: não se sabe se os agregados apoiados pelo INAS os usam."),
      recommend("freeCare", "health", "benefit_coverage", "medium", "Garantir aos agregados dos programas do INAS o acesso gratuito aos cuidados de saúde primários, com um documento reconhecido pelas unidades sanitárias."),
      recommend("healthData", "health", "management", "low", "Acordar com o MISAU a desagregação dos dados de utilização dos serviços de saúde pelos beneficiários dos programas de protecção social."),
      gap("children", "Não existe uma transferência nacional para crianças: o subsídio para crianças dos 0 aos 2 anos só abrange os distritos do piloto."),
      gap("children", "Fora do piloto, as crianças órfãs e vulneráveis dependem do apoio temporário do Programa Apoio Social Directo (PASD)."),
      issue("children", "A falta de registo de nascimento impede a inscrição de algumas crianças no subsídio."),
      recommend("childGrant", "children", "benefit_coverage", "high", "Alargar progressivamente o subsídio para crianças dos 0 aos 2 anos a todas as províncias.", "Faseamento e custo a estimar no passo de custeio."),
      recommend("birthRegistration", "children", "management", "medium", "Ligar a inscrição no subsídio ao registo de nascimento, com brigadas conjuntas do registo civil e do INAS."),
      gap("active_age", "Os trabalhadores da economia informal e por conta própria quase não estão inscritos no INSS e não têm protecção na doença, na maternidade ou no desemprego."),
      issue("active_age", "A resposta do PASD a choques (cheias, ciclones, seca) depende de financiamento mobilizado caso a caso."),
      recommend("selfEmployed", "active_age", "management", "medium", "Simplificar a inscrição e o pagamento de contribuições dos trabalhadores por conta própria no INSS (pagamento por telemóvel, contribuições sazonais)."),
      recommend("publicWorks", "active_age", "benefit_coverage", "medium", "Alargar o Programa Acção Social Produtiva aos distritos mais afectados pela insegurança alimentar."),
      recommend("shockResponse", "active_age", "management", "high", "Criar um mecanismo de financiamento previsível para a resposta do PASD a choques climáticos."),
      gap("older_persons", "A maioria das pessoas idosas não tem pensão: o PSSB só abrange agregados sem capacidade para o trabalho, e a pensão do INSS só os antigos trabalhadores inscritos."),
      issue("older_persons", "Os pagamentos do PSSB são feitos em numerário, em pontos de pagamento a que muitos beneficiários idosos chegam com dificuldade."),
      recommend("socialPension", "older_persons", "benefit_coverage", "high", "Introduzir gradualmente uma pensão social para as pessoas idosas, começando pelas mais idosas."),
      recommend("ePayments", "older_persons", "management", "high", "Generalizar os pagamentos electrónicos do INAS (carteira móvel) onde a rede o permita, mantendo o numerário nos outros lugares."),
    ],
    review: {
      item: "socialPension",
      request: "Por favor indiquem como a pensão social se articularia com o PSSB: o diálogo precisa de saber quem receberia o quê.",
      answer: "Acrescentámos a articulação com o PSSB nos detalhes da recomendação.",
      details: "A pensão social substituiria o PSSB para os beneficiários idosos, que não receberiam as duas prestações; os outros agregados do PSSB mantêm o subsídio.",
      validation: "Validado: a articulação com o PSSB está clara.",
    },
    dialogue: {
      title: "Diálogo nacional: matriz de avaliação e recomendações prioritárias validadas",
      description:
        "O diálogo nacional reuniu o governo, os sindicatos, os empregadores, a sociedade civil e as agências. Validou a matriz de avaliação e as recomendações prioritárias; o alargamento do Programa Acção Social Produtiva fica para estudo.",
      report: {
        heading: "Relatório do diálogo nacional sobre o piso de protecção social",
        file: "relatorio-dialogo-nacional.pdf",
        lines: [
          "Participantes: ministérios, INAS, INSS, sindicatos, empregadores, sociedade civil, agências das Nações Unidas.",
          "A matriz de avaliação foi apresentada bloco a bloco: saúde, crianças, idade activa, pessoas idosas.",
          "Recomendações prioritárias validadas; o alargamento do PASP fica para estudo.",
          "Próximo passo: estimar o custo das recomendações sobre prestações e cobertura.",
        ],
      },
      postponed: ["publicWorks"],
      edit: {
        item: "childGrant",
        statement: "Alargar progressivamente o subsídio para crianças dos 0 aos 2 anos a todas as províncias, começando pelos distritos com maior desnutrição crónica.",
        details: "Faseamento acordado no diálogo nacional; custo a estimar no passo de custeio.",
      },
      adopt: { item: "ePayments", reason: "Incluída no plano de actividades do INAS." },
      drop: { item: "publicWorks", reason: "Sem financiamento no cenário fiscal de médio prazo; o grupo voltará a propô-la no próximo ciclo de planificação." },
    },
  },
  BJ: {
    sharing: "country",
    items: [
      gap("health", "Le volet assurance maladie de l'ARCH couvre d'abord les personnes pauvres extrêmes ; les autres travailleurs de l'économie informelle n'ont pas encore d'assurance maladie."),
      issue("health", "Les assurés de l'ARCH ne connaissent pas toujours leurs droits ni les formations sanitaires qui les reçoivent."),
      recommend("healthExtension", "health", "benefit_coverage", "high", "Étendre l'assurance maladie de l'ARCH aux ménages pauvres non extrêmes inscrits au Registre social unique, avec une cotisation subventionnée."),
      recommend("healthRights", "health", "management", "medium", "Informer les assurés de leurs droits par les relais communautaires et les centres de promotion sociale."),
      gap("children", "Les prestations familiales de la CNSS ne concernent que les salariés affiliés : les enfants des ménages de l'économie informelle n'ont aucune allocation."),
      recommend("underFive", "children", "benefit_coverage", "high", "Instituer l'allocation aux ménages pauvres extrêmes avec enfants de moins de cinq ans, ciblée par le Registre social unique.", "Montant et calendrier à chiffrer à l'étape du coût."),
      recommend("schoolFeeding", "children", "benefit_coverage", "medium", "Étendre le Programme national d'alimentation scolaire intégré à toutes les écoles primaires publiques."),
      gap("active_age", "Les travailleurs de l'économie informelle n'ont pas de revenu de remplacement en cas de maladie, d'accident ou de maternité."),
      issue("active_age", "Le groupe de travail n'a pas encore de données sur l'adhésion au volet retraite de l'ARCH par catégorie de travailleurs."),
      recommend("selfEmployed", "active_age", "management", "medium", "Simplifier l'affiliation des travailleurs indépendants et le paiement de leurs cotisations par téléphone mobile."),
      recommend("maternity", "active_age", "benefit_coverage", "low", "Étudier une prestation de maternité pour les femmes de l'économie informelle."),
      gap("older_persons", "La plupart des personnes âgées n'ont pas de pension : la CNSS et le Fonds national des retraites du Bénin ne couvrent que les anciens salariés du secteur privé et les agents de l'État."),
      recommend("socialPension", "older_persons", "benefit_coverage", "medium", "Chiffrer une pension sociale pour les personnes âgées pauvres extrêmes inscrites au Registre social unique."),
      recommend("portability", "older_persons", "management", "low", "Préserver les droits à pension des travailleurs qui passent du secteur privé à la fonction publique, ou l'inverse, par une coordination entre la CNSS et le Fonds national des retraites."),
    ],
  },
  TH: {
    sharing: "all",
    items: [
      gap("health", "Migrant workers' dependants outside the Social Security Fund have limited access to public health insurance."),
      recommend("migrantHealth", "health", "benefit_coverage", "medium", "Extend health insurance to migrant workers' dependants, with an affordable contribution."),
      recommend("healthSchemes", "health", "management", "medium", "Align the benefit packages and payment methods of the three public health insurance schemes."),
      gap("children", "The Child Support Grant is means-tested: children of low-income households are left out when their families cannot complete the proof of income."),
      recommend("universalGrant", "children", "benefit_coverage", "high", "Make the Child Support Grant universal for every child under six."),
      recommend("grantApplication", "children", "management", "medium", "Simplify the grant's application at the local administrations, drawing on existing registers."),
      gap("active_age", "Informal workers have only voluntary cover under section 40 of the Social Security Act, with modest benefits."),
      recommend("section40", "active_age", "benefit_coverage", "medium", "Raise the government's matching contribution for section 40 members."),
      recommend("enrolment", "active_age", "management", "low", "Promote section 40 enrolment through the local administrations and mobile payment."),
      gap("older_persons", "The Old Age Allowance, which rises by age bracket, stays below the national poverty line."),
      recommend("allowanceLevel", "older_persons", "benefit_coverage", "high", "Raise the Old Age Allowance progressively towards the national poverty line, and index it to prices."),
      recommend("pensionsTogether", "older_persons", "management", "low", "Study how the allowance and the contributory pensions should fit together as the population ages."),
    ],
  },
};
