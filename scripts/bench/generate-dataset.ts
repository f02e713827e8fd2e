import { readFileSync } from "node:fs";
import type { Commitment, Dataset, Party, Status, StatusEvent } from "@/features/commitments/dataset-schema";
import { createRandom, type Random } from "./prng";

// Synthetic data files for the benchmark: the bundled file's envelope (source, themes, its initiatives) plus
// generated initiatives and commitments whose text and histories look like real ones.

const verbs = [
  "Establish",
  "Strengthen",
  "Expand",
  "Coordinate",
  "Launch",
  "Support",
  "Develop",
  "Review",
  "Align",
  "Share",
  "Fund",
  "Promote",
  "Improve",
  "Assess",
  "Deploy",
  "Harmonise",
  "Publish",
  "Convene",
];
const objects = [
  "a joint working group on",
  "shared standards for",
  "a bilateral dialogue on",
  "an exchange programme for",
  "common guidance on",
  "a data-sharing agreement on",
  "a joint study of",
  "pilot projects in",
  "a roadmap for",
  "regular consultations on",
  "training for experts in",
  "a public report on",
];
const topics = [
  "satellite observation of climate change",
  "space debris mitigation",
  "lunar exploration",
  "STEM education for girls",
  "commercial launch services",
  "ransomware response",
  "critical infrastructure",
  "the Paris Call principles",
  "cybercrime investigations",
  "NATO cyber defence",
  "space situational awareness",
  "Earth observation data",
  "greenhouse gas monitoring",
  "secure supply chains",
  "undersea cables",
  "quantum-safe encryption",
  "incident reporting",
  "small satellite constellations",
  "Mars sample return",
  "capacity building in Africa",
  "election security",
  "space weather forecasting",
  "spectrum management",
  "cyber norms at the United Nations",
  "coastal flood monitoring",
  "responsible behaviour in orbit",
];
const clauses = [
  "The two governments will meet at least twice a year to review progress.",
  "Agencies on both sides will name a point of contact within three months.",
  "A first report will be published before the end of the year.",
  "The work builds on existing cooperation between national agencies.",
  "Partners from industry and academia will be invited to contribute.",
  "Results will be shared with allies and international organisations.",
  "Funding comes from existing budgets of the agencies involved.",
  "The effort will focus first on the most urgent gaps identified by experts.",
];
const notes = [
  "Kick-off meeting held.",
  "Working group met; minutes circulated.",
  "Awaiting budget approval.",
  "Draft agreement under legal review.",
  "Delayed by staffing changes.",
  "Pilot completed on schedule.",
  "Report published.",
  "Second round of consultations started.",
  "Blocked pending a decision by ministers.",
];
const authors = ["A. Martin", "J. Smith", "C. Dubois", "M. Johnson", "L. Bernard", "R. Garcia", "S. Petit"];
const statuses: Status[] = ["not_started", "in_progress", "at_risk", "done", "dropped"];
const statusWeights = [0.35, 0.35, 0.12, 0.14, 0.04];

function weightedStatus(random: Random): Status {
  let roll = random.next();
  for (let i = 0; i < statuses.length; i += 1) {
    roll -= statusWeights[i] ?? 0;
    if (roll < 0) return statuses[i] as Status;
  }
  return "in_progress";
}

function sentence(random: Random, topic: string): string {
  return `${random.pick(verbs)} ${random.pick(objects)} ${topic}.`;
}

const START = Date.parse("2024-03-01T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

function history(random: Random, id: string, parties: Party[], final: Commitment["statuses"]): StatusEvent[] {
  const events: StatusEvent[] = [];
  let at = START + random.int(0, 200) * DAY;
  for (const party of parties) {
    const target = final[party];
    if (!target || target === "not_started") continue;
    const steps = random.int(1, 3);
    for (let step = 0; step < steps; step += 1) {
      at += random.int(1, 90) * DAY + random.int(0, 86_399) * 1000;
      const status = step === steps - 1 ? target : random.pick<Status>(["in_progress", "at_risk"]);
      events.push({
        id: `${id}-${party}-${step + 1}`,
        commitmentId: id,
        party,
        status,
        at: new Date(at).toISOString(),
        ...(random.chance(0.7) ? { note: random.pick(notes) } : {}),
        ...(random.chance(0.6) ? { author: random.pick(authors) } : {}),
        ...(random.chance(0.2) ? { evidenceUrl: `https://example.org/reports/${id}-${step + 1}` } : {}),
      });
    }
  }
  return events;
}

type Envelope = Omit<Dataset, "commitments">;

/** `size` commitments over the bundled file's envelope, the same for the same size and seed. */
export function generateDataset(envelope: Envelope, size: number, seed = 20_260_301): Dataset {
  const random = createRandom(seed ^ size);
  const themeIds = envelope.themes.map((theme) => theme.id);
  const initiatives = [
    ...envelope.initiatives,
    ...topics.slice(0, 9).map((topic, index) => ({
      id: `programme-${index + 1}`,
      title: `Programme ${index + 1}: ${topic}`,
      summary: `Commitments on ${topic}, grouped for follow-up.`,
    })),
  ];
  const commitments: Commitment[] = [];
  for (let index = 0; index < size; index += 1) {
    const topic = random.pick(topics);
    const id = `c${index + 1}-${
      topic
        .split(" ")[0]
        ?.toLowerCase()
        .replace(/[^a-z0-9]/g, "") || "item"
    }`;
    const parties: Party[] = random.chance(0.5) ? ["us", "fr"] : [random.pick<Party>(["us", "fr"])];
    const finalStatuses: Commitment["statuses"] = {};
    for (const party of parties) finalStatuses[party] = weightedStatus(random);
    const title = sentence(random, topic).slice(0, -1);
    commitments.push({
      id,
      initiativeId: random.pick(initiatives).id,
      title: random.chance(0.2) ? { en: title, fr: `${title} (FR)` } : title,
      description: `${sentence(random, topic)} ${random.pick(clauses)}`,
      sourceQuote: `The United States and France will ${sentence(random, topic).toLowerCase()}`,
      parties,
      ...(parties.length === 2 ? { lead: random.pick(parties) } : {}),
      themes: [random.pick(themeIds), random.pick(themeIds)].filter((t, i, all) => all.indexOf(t) === i),
      ...(random.chance(0.5)
        ? { dueDate: `202${random.int(6, 9)}-0${random.int(1, 9)}-1${random.int(0, 9)}` }
        : {}),
      statuses: finalStatuses,
      history: history(random, id, parties, finalStatuses),
    });
  }
  return { ...envelope, initiatives, commitments };
}

/** The envelope of the data file that ships with the app. */
export function bundledEnvelope(path = "public/data/commitments.json"): Envelope {
  const { commitments: _ignored, ...envelope } = JSON.parse(readFileSync(path, "utf8")) as Dataset;
  return envelope;
}
