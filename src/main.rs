fn main() {
    klachtwijzer::start();
}
