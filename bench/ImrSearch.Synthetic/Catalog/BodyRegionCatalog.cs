namespace ImrSearch.Synthetic.Catalog;

/// <summary>The body regions IMR letters concern, weighted roughly as the disputes are (low back first by far).</summary>
public static class BodyRegionCatalog
{
    public static readonly BodyRegionProfile Lumbar = new(
        "Lumbar spine", 38,
        ["lumbar spine", "low back", "lower back", "lumbar spine"],
        ["chronic low back pain", "low back pain radiating to the left lower extremity", "low back pain radiating to the right leg", "mid and low back pain", "low back pain (LBP)"],
        ["lumbar sprain/strain", "lumbar radiculopathy", "degenerative disc disease of the lumbar spine", "L4-L5 disc protrusion", "lumbar facet arthropathy", "spondylolisthesis at L5-S1", "sciatica", "lumbosacral sprain/strain", "lumbar spinal stenosis"],
        [
            "tenderness to palpation over the lumbar paraspinal musculature",
            "lumbar range of motion restricted to 40 degrees of flexion",
            "a positive straight leg raise on the left at 45 degrees",
            "a positive straight leg raise on the right",
            "diminished sensation about the L5 dermatome",
            "a visibly antalgic gait",
            "paraspinal muscle spasm",
            "4+/5 strength of the extensor hallucis longus",
            "painful lumbar extension and rotation",
            "no focal neurologic deficits in the lower extremities",
        ],
        false, ["L3-L4", "L4-L5", "L5-S1", "L4-L5 and L5-S1"],
        new AcoemChapter(12, "Low Back Complaints", "303-304", "305-307", "298-301"),
        "Low Back");

    public static readonly BodyRegionProfile Cervical = new(
        "Cervical spine", 15,
        ["cervical spine", "neck", "cervical spine"],
        ["neck pain", "chronic neck pain radiating to the upper extremities", "neck and upper back pain", "neck pain with headaches"],
        ["cervical sprain/strain", "cervical radiculopathy", "C5-C6 disc herniation", "cervicalgia", "cervical degenerative disc disease", "cervical facet syndrome"],
        [
            "tenderness over the cervical paraspinal muscles and upper trapezius",
            "cervical range of motion limited in rotation bilaterally",
            "a positive Spurling's test on the right",
            "diminished sensation in the C6 distribution",
            "reduced grip strength on the left",
            "intact upper extremity reflexes",
            "myofascial trigger points about the trapezius",
        ],
        false, ["C4-C5", "C5-C6", "C6-C7", "C5-C6 and C6-C7"],
        new AcoemChapter(8, "Neck and Upper Back Complaints", "177-178", "180-181", "173-175"),
        "Neck and Upper Back");

    public static readonly BodyRegionProfile Thoracic = new(
        "Thoracic spine", 2,
        ["thoracic spine", "upper back", "mid back"],
        ["mid back pain", "thoracic pain", "upper back pain"],
        ["thoracic sprain/strain", "thoracic myofascial pain", "thoracic compression fracture"],
        [
            "tenderness over the thoracic paraspinal muscles",
            "painful thoracic rotation",
            "no sensory deficit along the thoracic dermatomes",
        ],
        false, ["T7-T8", "T10-T11"],
        new AcoemChapter(8, "Neck and Upper Back Complaints", "177-178", "180-181", "173-175"),
        "Low Back");

    public static readonly BodyRegionProfile Shoulder = new(
        "Shoulder", 12,
        ["shoulder"],
        ["shoulder pain", "shoulder pain with overhead reaching", "persistent shoulder pain and weakness"],
        ["rotator cuff tendinitis", "shoulder impingement syndrome", "partial-thickness rotator cuff tear", "adhesive capsulitis", "acromioclavicular joint arthrosis", "status post arthroscopic subacromial decompression"],
        [
            "positive Neer and Hawkins impingement signs",
            "shoulder flexion limited to 120 degrees",
            "4/5 strength with resisted external rotation",
            "tenderness over the acromioclavicular joint",
            "a painful arc of abduction",
            "a negative drop arm test",
        ],
        true, [],
        new AcoemChapter(9, "Shoulder Complaints", "207-209", "209-211", "204"),
        "Shoulder");

    public static readonly BodyRegionProfile Knee = new(
        "Knee", 12,
        ["knee"],
        ["knee pain", "knee pain with swelling and giving way", "knee pain aggravated by squatting and stairs"],
        ["medial meniscus tear", "chondromalacia patellae", "knee osteoarthritis", "patellofemoral pain syndrome", "status post arthroscopic partial meniscectomy", "internal derangement of the knee"],
        [
            "medial joint line tenderness",
            "a positive McMurray's test",
            "a small knee effusion",
            "crepitus with range of motion of the knee",
            "knee flexion limited to 110 degrees",
            "quadriceps atrophy",
        ],
        true, [],
        new AcoemChapter(13, "Knee Complaints", "341-343", "344-345", "339"),
        "Knee & Leg");

    public static readonly BodyRegionProfile WristHand = new(
        "Wrist and hand", 8,
        ["wrist", "hand", "wrist and hand"],
        ["wrist pain with numbness and tingling in the hand", "hand pain and weakness", "wrist pain with repetitive keyboarding"],
        ["carpal tunnel syndrome", "de Quervain's tenosynovitis", "trigger finger", "wrist sprain/strain", "ganglion cyst of the wrist"],
        [
            "a positive Tinel's sign at the wrist",
            "a positive Phalen's test",
            "a positive Finkelstein's test",
            "diminished two-point discrimination in the median nerve distribution",
            "reduced grip strength by dynamometry",
        ],
        true, [],
        new AcoemChapter(11, "Forearm, Wrist, and Hand Complaints", "268-269", "270", "264-265"),
        "Forearm, Wrist, & Hand");

    public static readonly BodyRegionProfile Elbow = new(
        "Elbow", 3,
        ["elbow"],
        ["elbow pain", "lateral elbow pain with gripping"],
        ["lateral epicondylitis", "medial epicondylitis", "cubital tunnel syndrome"],
        [
            "tenderness over the lateral epicondyle",
            "pain with resisted wrist extension",
            "a positive Tinel's sign at the cubital tunnel",
        ],
        true, [],
        new AcoemChapter(10, "Elbow Disorders", "33-34", "36-37", "25-27"),
        "Elbow");

    public static readonly BodyRegionProfile AnkleFoot = new(
        "Ankle and foot", 4,
        ["ankle", "foot", "ankle and foot"],
        ["ankle pain and swelling", "foot pain with prolonged standing", "heel pain"],
        ["ankle sprain", "plantar fasciitis", "Achilles tendinitis", "status post ankle fracture", "tarsal tunnel syndrome"],
        [
            "tenderness over the anterior talofibular ligament",
            "tenderness at the plantar fascia insertion",
            "mild ankle swelling",
            "limited ankle dorsiflexion",
        ],
        true, [],
        new AcoemChapter(14, "Ankle and Foot Complaints", "374-375", "374-375", "370-371"),
        "Ankle & Foot");

    public static readonly BodyRegionProfile Hip = new(
        "Hip", 3,
        ["hip"],
        ["hip pain", "hip and groin pain"],
        ["hip osteoarthritis", "greater trochanteric bursitis", "hip labral tear"],
        [
            "tenderness over the greater trochanter",
            "painful hip internal rotation",
            "a positive FABER test",
        ],
        true, [],
        null,
        "Hip & Pelvis");

    public static readonly BodyRegionProfile Head = new(
        "Head", 1,
        ["head"],
        ["headaches", "post-traumatic headaches and dizziness"],
        ["post-concussion syndrome", "post-traumatic headaches", "closed head injury"],
        [
            "an intact cranial nerve examination",
            "mild difficulty with tandem gait",
        ],
        false, [],
        null,
        "Head");

    public static readonly IReadOnlyList<BodyRegionProfile> All =
        [Lumbar, Cervical, Thoracic, Shoulder, Knee, WristHand, Elbow, AnkleFoot, Hip, Head];

    public static readonly WeightedChoice<BodyRegionProfile> Primary = new(All.Select(r => (r, r.Weight)));

    /// <summary>Regions that sit on one side of the body.</summary>
    public static readonly string[] Sides = ["left", "right", "bilateral"];
}
